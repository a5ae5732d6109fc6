package vn.xomantoan.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link FactSql} as one grouped statement: the facts inside the user's scope and the unit's
 * subtree, dated in the period, assigned to a child unit by a CASE over path prefixes. When facts are
 * counted distinct (a join may repeat them under two children) the unit's total comes from a second
 * statement without the CASE; otherwise it is the sum of the groups.
 */
@Component
public class FactCounter {

    private final JdbcClient jdbc;

    FactCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public FactCounts run(IndicatorQuery query, FactSql sql) {
        List<FactCounts.Row> rows = grouped(query, sql, !query.children().isEmpty());
        Map<String, long[]> totals = new HashMap<>();
        List<FactCounts.Row> forTotals = sql.distinctId() != null && !query.children().isEmpty()
                ? grouped(query, sql, false) : rows;
        for (FactCounts.Row r : forTotals) {
            long[] t = totals.computeIfAbsent(r.group(), k -> new long[sql.sums().size() + 1]);
            t[0] += r.count();
            for (int i = 0; i < r.sums().length; i++) {
                t[i + 1] += r.sums()[i];
            }
        }
        return new FactCounts(query.children().isEmpty() ? List.of() : rows, totals);
    }

    private List<FactCounts.Row> grouped(IndicatorQuery query, FactSql sql, boolean byChild) {
        Map<String, Object> params = new HashMap<>(sql.params());
        params.put("periodFrom", query.from());
        params.put("periodTo", query.to());
        params.put("asOf", query.asOf());
        params.put("stockDate", query.stockDate());
        String path = sql.carryAreas() ? "COALESCE(ca.path, u.path)" : "u.path";
        StringBuilder from = new StringBuilder(sql.from());
        if (sql.carryAreas()) {
            from.append(" LEFT JOIN unit_version ca ON u.level = 'RESIDENTIAL_AREA' AND ca.code = u.code")
                    .append(" AND ca.level = 'RESIDENTIAL_AREA' AND ca.valid_from <= :asOf")
                    .append(" AND (ca.valid_to IS NULL OR ca.valid_to >= :asOf)");
        }
        StringBuilder where = new StringBuilder(query.scope().sql("u.path", params));
        if (!query.unitPaths().isEmpty()) {
            where.append(" AND (");
            for (int i = 0; i < query.unitPaths().size(); i++) {
                String name = "unit" + i;
                params.put(name, query.unitPaths().get(i) + "%");
                where.append(i > 0 ? " OR " : "").append("u.path LIKE :").append(name);
                if (sql.carryAreas()) {
                    where.append(" OR ca.path LIKE :").append(name);
                }
            }
            where.append(")");
        }
        if (sql.where() != null && !sql.where().isBlank()) {
            where.append(" AND (").append(sql.where()).append(")");
        }
        String target = "''";
        if (byChild) {
            StringBuilder c = new StringBuilder("CASE");
            for (int i = 0; i < query.children().size(); i++) {
                Target t = query.children().get(i);
                if (t.paths().isEmpty()) {
                    continue;
                }
                c.append(" WHEN (");
                for (int p = 0; p < t.paths().size(); p++) {
                    String name = "ch" + i + "_" + p;
                    params.put(name, t.paths().get(p) + "%");
                    c.append(p > 0 ? " OR " : "").append("y.p LIKE :").append(name);
                }
                String key = "key" + i;
                params.put(key, t.key());
                c.append(") THEN CAST(:").append(key).append(" AS VARCHAR(64))");
            }
            target = c.append(" ELSE '' END").toString();
        }
        String group = sql.group() == null ? "''" : "CAST(" + sql.group() + " AS VARCHAR(64))";
        // First aggregate by path (a few thousand areas at most), then assign those groups to children.
        StringBuilder inner = new StringBuilder("SELECT ");
        StringBuilder middle = new StringBuilder("SELECT ").append(target).append(" AS t, y.g");
        StringBuilder outer = new StringBuilder("SELECT x.t, x.g, ");
        if (sql.distinctId() == null) {
            inner.append(path).append(" AS p, ").append(group).append(" AS g, COUNT(*) AS n");
            middle.append(", y.n");
            outer.append("SUM(x.n) AS n");
        } else {
            inner.append("DISTINCT ").append(path).append(" AS p, ").append(group).append(" AS g, ")
                    .append(sql.distinctId()).append(" AS i");
            middle.append(", y.i");
            outer.append("COUNT(DISTINCT x.i) AS n");
        }
        for (int i = 0; i < sql.sums().size(); i++) {
            if (sql.distinctId() == null) {
                inner.append(", SUM(").append(sql.sums().get(i)).append(") AS s").append(i);
                middle.append(", y.s").append(i);
                outer.append(", COALESCE(SUM(x.s").append(i).append("), 0) AS s").append(i);
            } else {
                outer.append(", 0 AS s").append(i);
            }
        }
        inner.append(" FROM ").append(from).append(" WHERE ").append(where);
        if (sql.distinctId() == null) {
            // PostgreSQL refuses a constant in GROUP BY: group by the path alone when there is no group.
            inner.append(" GROUP BY ").append(path).append(sql.group() == null ? "" : ", " + group);
        }
        String statement = outer + " FROM (" + middle + " FROM (" + inner + ") y) x GROUP BY x.t, x.g";
        int sums = sql.sums().size();
        return new ArrayList<>(jdbc.sql(statement).params(params).query((rs, n) -> {
            long[] s = new long[sums];
            for (int i = 0; i < sums; i++) {
                s[i] = rs.getLong("s" + i);
            }
            String g = rs.getString("g");
            String t = rs.getString("t");
            return new FactCounts.Row(t == null ? "" : t, g == null ? "" : g, rs.getLong("n"), s);
        }).list());
    }
}
