package vn.xomantoan.activities;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.UnitDirectory;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Set-based lists, counts and group-bys over any {@link LedgerKind}, always inside the caller's
 * access scope. A unit's subtree includes the subtrees of the units it succeeded, so facts recorded
 * before a merge count in the merged unit; counts by child use the hierarchy of the period's end.
 */
@Service
public class LedgerQueries {

    private final JdbcClient jdbc;
    private final AccessScope access;
    private final UnitCatalog units;
    private final UnitDirectory directory;

    LedgerQueries(JdbcClient jdbc, AccessScope access, UnitCatalog units, UnitDirectory directory) {
        this.jdbc = jdbc;
        this.access = access;
        this.units = units;
        this.directory = directory;
    }

    public LedgerFilter resolve(LedgerKind kind, LedgerRequest request) {
        LocalDate from = date("from", request.from());
        LocalDate to = date("to", request.to());
        if (from != null && to != null && from.isAfter(to)) {
            throw ValidationFailure.of("to", "ledger.error.periodOrder");
        }
        String type = blankToNull(request.type());
        if (type != null && !kind.types().contains(type)) {
            throw ValidationFailure.of("type", "ledger.error.unknownType", type);
        }
        LocalDate asOf = to != null ? to : LocalDate.now();
        UnitScope scope = access.current();
        UnitView unit = null;
        if (request.unitId() != null) {
            unit = units.byId(request.unitId(), scope).orElseThrow(NotFound::new);
        } else if (blankToNull(request.unit()) != null) {
            String code = request.unit().trim();
            unit = units.validOn(code, asOf, scope)
                    .or(() -> from == null ? java.util.Optional.empty() : units.validOn(code, from, scope))
                    .orElseThrow(NotFound::new);
        }
        List<String> paths = unit == null ? List.of() : subtreePaths(unit, from);
        int size = request.size() == null ? 50 : request.size();
        if (size < 1 || size > 500) {
            throw ValidationFailure.of("size", "ledger.error.pageSize");
        }
        int page = request.page() == null ? 0 : Math.max(0, request.page());
        String q = blankToNull(request.q());
        return new LedgerFilter(unit, paths, from, to, type, q == null ? null : VietnameseText.clean(q), page, size,
                "name".equals(request.sort()));
    }

    /** The unit's own path, plus its predecessors' when the period starts before the unit did. */
    private List<String> subtreePaths(UnitView unit, LocalDate from) {
        if (from != null && !from.isBefore(unit.validFrom())) {
            return List.of(unit.path());
        }
        return UnitScope.of(directory.lineagePaths(unit.id())).rootPaths();
    }

    public Page<LedgerRow> list(LedgerKind kind, LedgerFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(kind, filter, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM " + kind.from() + join(kind) + " WHERE " + where)
                .params(params).query(Long.class).single();
        StringBuilder select = new StringBuilder("SELECT r.id, u.id AS unit_id, u.code AS unit_code, u.name AS unit_name");
        for (int i = 0; i < kind.columns().size(); i++) {
            select.append(", ").append(kind.columns().get(i).sql()).append(" AS c").append(i);
        }
        String order = filter.byName() ? " ORDER BY r.sort_key, r.id"
                : " ORDER BY " + kind.dateColumn() + " DESC, r.sort_key, r.id";
        params.put("limit", filter.size());
        params.put("offset", (long) filter.page() * filter.size());
        List<LedgerRow> rows = jdbc.sql(select + " FROM " + kind.from() + join(kind) + " WHERE " + where + order
                        + " LIMIT :limit OFFSET :offset")
                .params(params).query((rs, n) -> row(rs, kind)).list();
        return new Page<>(rows, filter.page(), filter.size(), total);
    }

    /** Every record matching the filter (for exports), in list order. */
    public List<LedgerRow> all(LedgerKind kind, LedgerFilter filter) {
        LedgerFilter unpaged = new LedgerFilter(filter.unit(), filter.subtreePaths(), filter.from(), filter.to(),
                filter.type(), filter.q(), 0, Integer.MAX_VALUE / 2, filter.byName());
        return list(kind, unpaged).items();
    }

    /** Records of one id inside the scope, or 404. */
    public LedgerRow one(LedgerKind kind, long id) {
        LedgerFilter none = new LedgerFilter(null, List.of(), null, null, null, null, 0, 1, false);
        Map<String, Object> params = new HashMap<>();
        String where = where(kind, none, params) + " AND r.id = :id";
        params.put("id", id);
        StringBuilder select = new StringBuilder("SELECT r.id, u.id AS unit_id, u.code AS unit_code, u.name AS unit_name");
        for (int i = 0; i < kind.columns().size(); i++) {
            select.append(", ").append(kind.columns().get(i).sql()).append(" AS c").append(i);
        }
        return jdbc.sql(select + " FROM " + kind.from() + join(kind) + " WHERE " + where).params(params)
                .query((rs, n) -> row(rs, kind)).optional().orElseThrow(NotFound::new);
    }

    /** True when the record exists inside the caller's scope. */
    public boolean visible(LedgerKind kind, long id) {
        Map<String, Object> params = new HashMap<>();
        String where = where(kind, new LedgerFilter(null, List.of(), null, null, null, null, 0, 1, false), params)
                + " AND r.id = :id";
        params.put("id", id);
        return jdbc.sql("SELECT COUNT(*) FROM " + kind.from() + join(kind) + " WHERE " + where).params(params)
                .query(Long.class).single() > 0;
    }

    /** Totals (count and sums) of every record matching the filter. */
    public LedgerGroup total(LedgerKind kind, LedgerFilter filter) {
        List<LedgerGroup> groups = group(kind, filter, "0", Map.of());
        return groups.isEmpty() ? new LedgerGroup("total", null, null, 0, zeros(kind)) : groups.get(0);
    }

    /** Counts by type, by year, or by another dimension of the kind. */
    public List<LedgerGroup> byDimension(LedgerKind kind, LedgerFilter filter, String dimension) {
        String expression = switch (dimension) {
            case "type" -> kind.typeColumn();
            case "year" -> "EXTRACT(YEAR FROM " + kind.dateColumn() + ")";
            default -> {
                LedgerColumn c = kind.dimensions().get(dimension);
                if (c == null) {
                    throw ValidationFailure.of("groupBy", "ledger.error.unknownGroup", dimension);
                }
                yield c.sql();
            }
        };
        List<LedgerGroup> groups = new ArrayList<>(group(kind, filter, expression, Map.of()));
        groups.sort(java.util.Comparator.comparing(LedgerGroup::key));
        return groups.stream().map(g -> new LedgerGroup(normalise(g.key()), null, null, g.count(), g.sums())).toList();
    }

    /**
     * Counts by child unit of the filter's unit (or of the single top unit of the scope) in the
     * hierarchy of the period's end; key -1 holds records of the unit itself.
     */
    public List<LedgerGroup> byChild(LedgerKind kind, LedgerFilter filter) {
        LocalDate date = filter.hierarchyDate();
        UnitScope scope = access.current();
        UnitView parent = filter.unit();
        List<UnitView> children;
        if (parent == null) {
            List<UnitView> roots = units.roots(date, scope);
            if (roots.size() == 1) {
                parent = roots.get(0);
                children = units.children(parent.id(), date, scope);
            } else {
                children = roots;
            }
        } else {
            LocalDate on = parent.validOn(date) ? date : parent.validTo();
            children = units.children(parent.id(), on, scope);
        }
        Map<String, Object> caseParams = new HashMap<>();
        StringBuilder expression = new StringBuilder("CASE");
        for (int i = 0; i < children.size(); i++) {
            List<String> paths = subtreePaths(children.get(i), filter.from());
            expression.append(" WHEN (");
            for (int p = 0; p < paths.size(); p++) {
                String name = "ch" + i + "_" + p;
                expression.append(p > 0 ? " OR " : "").append("u.path LIKE :").append(name);
                caseParams.put(name, paths.get(p) + "%");
            }
            expression.append(") THEN ").append(i);
        }
        expression.append(" ELSE -1 END");
        boolean outsideRows = kind.centralRows() || kind.readableFromBelow();
        String outside = "";
        if (outsideRows && parent != null) {
            List<String> own = subtreePaths(parent, filter.from());
            StringBuilder o = new StringBuilder("CASE WHEN u.path IS NULL OR NOT (");
            for (int p = 0; p < own.size(); p++) {
                o.append(p > 0 ? " OR " : "").append("u.path LIKE :own").append(p);
                caseParams.put("own" + p, own.get(p) + "%");
            }
            outside = o.append(") THEN -2 ELSE ").toString();
        }
        Map<String, LedgerGroup> byKey = new HashMap<>();
        String sqlExpression = (children.isEmpty() ? "-1" : expression.toString());
        if (!outside.isEmpty()) {
            sqlExpression = outside + sqlExpression + " END";
        }
        for (LedgerGroup g : group(kind, filter, sqlExpression, caseParams)) {
            byKey.put(normalise(g.key()), g);
        }
        List<LedgerGroup> result = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            UnitView c = children.get(i);
            LedgerGroup g = byKey.get(String.valueOf(i));
            result.add(new LedgerGroup(String.valueOf(c.id()), c.name(), c.code(), g == null ? 0 : g.count(),
                    g == null ? zeros(kind) : g.sums()));
        }
        LedgerGroup own = byKey.get("-1");
        if (own != null && own.count() > 0) {
            result.add(new LedgerGroup(parent == null ? "-1" : String.valueOf(parent.id()), parent == null ? null : parent.name(),
                    "-1", own.count(), own.sums()));
        }
        LedgerGroup above = byKey.get("-2");
        if (above != null && above.count() > 0) {
            result.add(new LedgerGroup("-2", null, "-2", above.count(), above.sums()));
        }
        return result;
    }

    private List<LedgerGroup> group(LedgerKind kind, LedgerFilter filter, String keyExpression, Map<String, Object> extra) {
        Map<String, Object> params = new HashMap<>(extra);
        String where = where(kind, filter, params);
        StringBuilder inner = new StringBuilder("SELECT ").append(keyExpression).append(" AS k");
        StringBuilder outer = new StringBuilder("SELECT k, COUNT(*) AS n");
        for (int i = 0; i < kind.sums().size(); i++) {
            inner.append(", ").append(kind.sums().get(i).sql()).append(" AS s").append(i);
            outer.append(", SUM(s").append(i).append(") AS s").append(i);
        }
        String sql = outer + " FROM (" + inner + " FROM " + kind.from() + join(kind) + " WHERE " + where + ") x GROUP BY k";
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            List<Long> sums = new ArrayList<>();
            for (int i = 0; i < kind.sums().size(); i++) {
                sums.add(rs.getLong("s" + i));
            }
            Object key = rs.getObject("k");
            return new LedgerGroup(key == null ? "" : key.toString(), null, null, rs.getLong("n"), sums);
        }).list();
    }

    private static String normalise(String key) {
        // EXTRACT gives a decimal on PostgreSQL ("2016.0" or "2016") and an integer on H2.
        if (key.matches("-?\\d+\\.0+")) {
            return key.substring(0, key.indexOf('.'));
        }
        return key;
    }

    private static List<Long> zeros(LedgerKind kind) {
        return kind.sums().stream().map(s -> 0L).toList();
    }

    private static String join(LedgerKind kind) {
        return (kind.centralRows() ? " LEFT" : "") + " JOIN unit_version u ON u.id = r.unit_id";
    }

    /**
     * True when the record exists and lies inside the caller's own scope (not merely readable as a
     * central record or a record of a unit above): only those may be changed.
     */
    public boolean editable(LedgerKind kind, long id) {
        Map<String, Object> params = new HashMap<>();
        String scope = access.current().sql("u.path", params);
        params.put("id", id);
        return jdbc.sql("SELECT COUNT(*) FROM " + kind.from() + " JOIN unit_version u ON u.id = r.unit_id WHERE r.id = :id AND " + scope)
                .params(params).query(Long.class).single() > 0;
    }

    /** Rows of the units above the caller's scope roots: {@code root path LIKE unit path || '%'}. */
    private String ancestors(Map<String, Object> params) {
        UnitScope scope = access.current();
        if (scope.unrestricted() || scope.rootPaths().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < scope.rootPaths().size(); i++) {
            sb.append(" OR :above").append(i).append(" LIKE CONCAT(u.path, '%')");
            params.put("above" + i, scope.rootPaths().get(i));
        }
        return sb.toString();
    }

    private String where(LedgerKind kind, LedgerFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        String scope = access.current().sql("u.path", params);
        String above = kind.readableFromBelow() ? ancestors(params) : "";
        where.append(kind.centralRows() ? "(r.unit_id IS NULL OR " + scope + above + ")"
                : above.isEmpty() ? scope : "(" + scope + above + ")");
        if (!filter.subtreePaths().isEmpty()) {
            where.append(" AND (");
            for (int i = 0; i < filter.subtreePaths().size(); i++) {
                where.append(i > 0 ? " OR " : "").append("u.path LIKE :sub").append(i);
                params.put("sub" + i, filter.subtreePaths().get(i) + "%");
            }
            where.append(")");
        }
        if (kind.endColumn() == null) {
            if (filter.from() != null) {
                where.append(" AND ").append(kind.dateColumn()).append(" >= :periodFrom");
                params.put("periodFrom", filter.from());
            }
            if (filter.to() != null) {
                where.append(" AND ").append(kind.dateColumn()).append(" <= :periodTo");
                params.put("periodTo", filter.to());
            }
        } else {
            if (filter.to() != null) {
                where.append(" AND ").append(kind.dateColumn()).append(" <= :periodTo");
                params.put("periodTo", filter.to());
            }
            if (filter.from() != null) {
                where.append(" AND (").append(kind.endColumn()).append(" IS NULL OR ").append(kind.endColumn())
                        .append(" >= :periodFrom)");
                params.put("periodFrom", filter.from());
            }
        }
        if (filter.type() != null) {
            where.append(" AND ").append(kind.typeColumn()).append(" = :type");
            params.put("type", filter.type());
        }
        if (filter.q() != null) {
            where.append(" AND r.search_key LIKE :q");
            params.put("q", "%" + VietnameseText.searchKey(filter.q()) + "%");
        }
        return where.toString();
    }

    private static LedgerRow row(ResultSet rs, LedgerKind kind) throws SQLException {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < kind.columns().size(); i++) {
            LedgerColumn c = kind.columns().get(i);
            Object v = switch (c.format()) {
                case DATE -> rs.getObject("c" + i, LocalDate.class);
                case NUMBER, MONEY -> {
                    long n = rs.getLong("c" + i);
                    yield rs.wasNull() ? null : n;
                }
                default -> rs.getString("c" + i);
            };
            values.add(v);
        }
        long unitId = rs.getLong("unit_id");
        return new LedgerRow(rs.getLong("id"), rs.wasNull() ? null : unitId, rs.getString("unit_code"),
                rs.getString("unit_name"), values);
    }

    private static LocalDate date(String field, String text) {
        try {
            return WebDates.parse(text, null);
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of(field, "error.badDate", text);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Column values of a row keyed by column name, for JSON. */
    public static Map<String, Object> asMap(LedgerKind kind, LedgerRow row) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", row.id());
        if (row.unitId() != null) {
            map.put("unit", Map.of("id", row.unitId(), "code", row.unitCode(), "name", row.unitName()));
        } else {
            map.put("unit", null);
        }
        for (int i = 0; i < kind.columns().size(); i++) {
            map.put(kind.columns().get(i).name(), row.values().get(i));
        }
        return map;
    }
}
