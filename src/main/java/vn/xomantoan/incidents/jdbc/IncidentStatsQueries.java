package vn.xomantoan.incidents.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.xomantoan.identity.UnitScope;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The year-over-year aggregate in one statement. Each incident is first counted per place (unit
 * version and stable code) in both periods; the place is then carried to the reference date
 * through the version with the same code valid then (residential areas and establishments keep their
 * code when carried into a new commune), and its child of the reporting unit is read from that
 * version's materialised path, so the grouping is an equi-join and not a prefix search per row.
 */
@Repository
public class IncidentStatsQueries {

    /** Counts per place version, carried to the reference date; filtered by scope and category. */
    private static final String PLACED = """
            WITH agg AS (
                SELECT i.unit_id, i.place_code, %s
                       SUM(CASE WHEN i.occurred_on >= :from AND i.occurred_on <= :to THEN 1 ELSE 0 END) AS cur_n,
                       SUM(CASE WHEN i.occurred_on >= :prevFrom AND i.occurred_on <= :prevTo THEN 1 ELSE 0 END) AS prev_n
                FROM incident i
                WHERE ((i.occurred_on >= :from AND i.occurred_on <= :to) OR (i.occurred_on >= :prevFrom AND i.occurred_on <= :prevTo))
                  %s
                GROUP BY i.unit_id, i.place_code %s
            ), placed AS (
                SELECT agg.unit_id, %s COALESCE(cu.path, u.path) AS path, cu.id AS carried_id, u.valid_to AS place_valid_to,
                       agg.cur_n, agg.prev_n
                FROM agg JOIN unit_version u ON u.id = agg.unit_id
                LEFT JOIN unit_version cu ON cu.code = agg.place_code AND cu.valid_from <= :asOf
                     AND (cu.valid_to IS NULL OR cu.valid_to >= :asOf)
                WHERE %s
            )
            """;

    private final JdbcClient jdbc;

    IncidentStatsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Count(String kind, long id, long cur, long prev) {
    }

    public record CategoryCount(String category, long cur, long prev) {
    }

    public record Period(LocalDate from, LocalDate to, LocalDate prevFrom, LocalDate prevTo, LocalDate asOf) {
    }

    /**
     * Counts per child version of the unit (kind "C", by child id) for places carried to the reference
     * date, and per place version (kind "U") for places that have no version of their code on that date
     * (abolished without a same-code successor), which the caller carries through succession links.
     */
    public List<Count> byChild(String unitPath, Period p, List<String> categories, UnitScope scope) {
        Map<String, Object> params = params(p, categories);
        String sql = placed(categories, scope, params, false) + """
                SELECT 'C' AS kind, child_id AS id, SUM(cur_n) AS cur, SUM(prev_n) AS prev FROM (
                    SELECT CAST(SUBSTRING(path FROM :cut FOR POSITION('/' IN SUBSTRING(path FROM :cut)) - 1) AS BIGINT) AS child_id,
                           cur_n, prev_n
                    FROM placed WHERE carried_id IS NOT NULL AND path LIKE :unitPath AND LENGTH(path) > :len) x
                GROUP BY child_id
                UNION ALL
                SELECT 'U' AS kind, unit_id AS id, SUM(cur_n) AS cur, SUM(prev_n) AS prev FROM placed
                WHERE carried_id IS NULL GROUP BY unit_id
                """;
        params.put("unitPath", unitPath + "%");
        params.put("cut", unitPath.length() + 1);
        params.put("len", unitPath.length());
        return jdbc.sql(sql).params(params).query(Count.class).list();
    }

    public List<CategoryCount> byCategory(String unitPath, Period p, List<String> categories, UnitScope scope) {
        Map<String, Object> params = params(p, categories);
        String sql = placed(categories, scope, params, true) + """
                SELECT category_code AS category, SUM(cur_n) AS cur, SUM(prev_n) AS prev
                FROM placed WHERE path LIKE :unitPath GROUP BY category_code
                """;
        params.put("unitPath", unitPath + "%");
        return jdbc.sql(sql).params(params).query(CategoryCount.class).list();
    }

    private static Map<String, Object> params(Period p, List<String> categories) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", p.from());
        params.put("to", p.to());
        params.put("prevFrom", p.prevFrom());
        params.put("prevTo", p.prevTo());
        params.put("asOf", p.asOf());
        if (!categories.isEmpty()) {
            params.put("categories", categories);
        }
        return params;
    }

    private static String placed(List<String> categories, UnitScope scope, Map<String, Object> params, boolean withCategory) {
        String cat = withCategory ? "i.category_code," : "";
        return PLACED.formatted(cat, categories.isEmpty() ? "" : "AND i.category_code IN (:categories)",
                withCategory ? ", i.category_code" : "", withCategory ? "agg.category_code," : "", scope.sql("u.path", params));
    }
}
