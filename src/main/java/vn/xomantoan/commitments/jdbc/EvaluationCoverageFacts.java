package vn.xomantoan.commitments.jdbc;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.evaluation.CoverageFacts;
import vn.xomantoan.evaluation.FactRef;
import vn.xomantoan.shared.database.DatabaseKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * KDC-1c facts for the evaluation engine, with the rule of this capability: households resident on
 * the snapshot must have signed by then; a household moving in later is due once its grace period
 * has run out (by {@code until}, or today if earlier) and must have signed within it. A household
 * signs in any household campaign of the year. One query for any number of areas.
 */
@Component
@ConditionalOnProperty(name = "xomantoan.evaluation.live-facts", havingValue = "true", matchIfMissing = true)
public class EvaluationCoverageFacts implements CoverageFacts {

    private static final int MISSING_LISTED = 50;

    /**
     * PostgreSQL decides every resident's due date and signature in one statement: the counts per area,
     * and only the households that are missing as rows. When the areas are a small part of the database
     * (a province run in a country), their residents' households and signatures are found by index
     * (the planner otherwise scans every household of the country to join a province's hundred
     * thousand; the {@code OFFSET 0} keeps the lookup per row); when they are most of it, joining and
     * grouping everything in one pass is cheaper than a million index lookups.
     */
    private static final String IN_DATABASE = """
            WITH residents AS MATERIALIZED (
                SELECT r.area_code, r.household_id, h.head_name, r.valid_from FROM household_residence r %s
                WHERE r.area_code IN (:codes) AND r.valid_from <= :end AND (r.valid_to IS NULL OR r.valid_to >= :snapshot)
                  AND (h.moved_out IS NULL OR h.moved_out >= :snapshot)
                  AND (r.valid_from <= :snapshot
                       OR (r.valid_from + :grace < :end AND (r.valid_to IS NULL OR r.valid_to >= r.valid_from + :grace)))
            ), signed AS (
                SELECT c.household_id, MIN(c.signed_on) AS signed_on FROM commitment c JOIN commitment_campaign p ON p.id = c.campaign_id
                WHERE p.eval_year = :year AND p.subject_kind = 'HOUSEHOLD' %s
                GROUP BY c.household_id
            ), marked AS MATERIALIZED (
                SELECT r.area_code, r.household_id, r.head_name,
                       COALESCE(s.signed_on <= CASE WHEN r.valid_from <= :snapshot THEN CAST(:snapshot AS DATE)
                                                    ELSE r.valid_from + :grace END, FALSE) AS ok
                FROM residents r LEFT JOIN signed s ON s.household_id = r.household_id
            )
            SELECT area_code, NULL AS household_id, NULL AS head_name, COUNT(*) AS due, SUM(CASE WHEN ok THEN 1 ELSE 0 END) AS registered
            FROM marked GROUP BY area_code
            UNION ALL
            SELECT area_code, household_id, head_name, NULL, NULL FROM marked WHERE NOT ok
            """;

    private final JdbcClient jdbc;
    private final DatabaseKind database;

    public EvaluationCoverageFacts(JdbcClient jdbc, DatabaseKind database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    private static final class Tally {
        int due;
        int registered;
        final List<FactRef> missing = new ArrayList<>();
    }

    @Override
    public Map<String, Coverage> coverage(Collection<String> areaCodes, int year, LocalDate snapshot, LocalDate until, int graceDays) {
        Map<String, Coverage> result = new HashMap<>();
        if (areaCodes.isEmpty()) {
            return result;
        }
        LocalDate today = LocalDate.now();
        LocalDate end = until.isAfter(today) ? today : until;
        Map<String, Tally> tallies = database.postgres()
                ? inDatabase(areaCodes, year, snapshot, end, graceDays) : inMemory(areaCodes, year, snapshot, end, graceDays);
        tallies.forEach((code, t) -> result.put(code, new Coverage(t.due, t.registered, t.missing)));
        return result;
    }

    private Map<String, Tally> inDatabase(Collection<String> areaCodes, int year, LocalDate snapshot, LocalDate end, int graceDays) {
        Map<String, Tally> tallies = new HashMap<>();
        int areas = jdbc.sql("SELECT COUNT(DISTINCT code) FROM unit_version WHERE level = 'RESIDENTIAL_AREA'").query(Integer.class).single();
        boolean smallPart = areaCodes.size() * 4 < areas;
        String households = smallPart
                ? "CROSS JOIN LATERAL (SELECT x.head_name, x.moved_out FROM household x WHERE x.id = r.household_id OFFSET 0) h"
                : "JOIN household h ON h.id = r.household_id";
        String onlyResidents = smallPart ? "AND c.household_id IN (SELECT household_id FROM residents)" : "";
        jdbc.sql(IN_DATABASE.formatted(households, onlyResidents)).param("year", year).param("codes", List.copyOf(areaCodes)).param("snapshot", snapshot)
                .param("end", end).param("grace", graceDays)
                .query(rs -> {
                    Tally t = tallies.computeIfAbsent(rs.getString("area_code"), c -> new Tally());
                    long id = rs.getLong("household_id");
                    if (rs.wasNull()) {
                        t.due = rs.getInt("due");
                        t.registered = rs.getInt("registered");
                    } else if (t.missing.size() < MISSING_LISTED) {
                        t.missing.add(new FactRef(String.valueOf(id), rs.getString("head_name"), "/commitments/households/" + id));
                    }
                });
        return tallies;
    }

    private Map<String, Tally> inMemory(Collection<String> areaCodes, int year, LocalDate snapshot, LocalDate end, int graceDays) {
        Map<String, Tally> tallies = new HashMap<>();
        // Two plain scans joined in memory: an embedded database joins a grouped derived table row by row.
        Map<Long, LocalDate> signedOn = new HashMap<>();
        jdbc.sql("""
                        SELECT c.household_id, MIN(c.signed_on) FROM commitment c JOIN commitment_campaign p ON p.id = c.campaign_id
                        WHERE p.eval_year = :year AND p.subject_kind = 'HOUSEHOLD' GROUP BY c.household_id""")
                .param("year", year)
                .query(rs -> {
                    signedOn.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                });
        jdbc.sql("""
                        SELECT r.area_code, r.household_id, r.head_name, r.valid_from, r.valid_to, r.moved_out
                        FROM household_resident r
                        WHERE r.area_code IN (:codes) AND r.valid_from <= :end AND (r.valid_to IS NULL OR r.valid_to >= :snapshot)
                          AND (r.moved_out IS NULL OR r.moved_out >= :snapshot)""")
                .param("codes", List.copyOf(areaCodes)).param("end", end).param("snapshot", snapshot)
                .query(rs -> {
                    LocalDate from = rs.getDate("valid_from").toLocalDate();
                    LocalDate signed = signedOn.get(rs.getLong("household_id"));
                    LocalDate limit;
                    if (!from.isAfter(snapshot)) {
                        limit = snapshot;
                    } else {
                        limit = from.plusDays(graceDays);
                        LocalDate left = rs.getDate("valid_to") == null ? null : rs.getDate("valid_to").toLocalDate();
                        if (!limit.isBefore(end) || (left != null && left.isBefore(limit))) {
                            return;
                        }
                    }
                    Tally t = tallies.computeIfAbsent(rs.getString("area_code"), c -> new Tally());
                    t.due++;
                    if (signed != null && !signed.isAfter(limit)) {
                        t.registered++;
                    } else if (t.missing.size() < MISSING_LISTED) {
                        long id = rs.getLong("household_id");
                        t.missing.add(new FactRef(String.valueOf(id), rs.getString("head_name"), "/commitments/households/" + id));
                    }
                });
        return tallies;
    }
}
