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
import java.util.LinkedHashMap;
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
     * and only the households that are missing as rows (their names are read afterwards, for the listed
     * ones only: carrying a name through the joins of a million residents cost more than the lookup).
     * When the areas are most of the database (a province database), residents, households and the year's
     * first signatures are joined in one pass. When they are a small part of it (a province run in a
     * country), the residents' households and signatures are found by index: the planner otherwise scans
     * every household of the country to join a province's hundred thousand (the {@code OFFSET 0} keeps
     * the lookup per row).
     */
    private static final String RESIDENT = """
            r.area_code IN (:codes) AND r.valid_from <= :end AND (r.valid_to IS NULL OR r.valid_to >= :snapshot)
              AND (h.moved_out IS NULL OR h.moved_out >= :snapshot)
              AND (r.valid_from <= :snapshot
                   OR (r.valid_from + :grace < :end AND (r.valid_to IS NULL OR r.valid_to >= r.valid_from + :grace)))""";

    /** Each household's first signature in the year's household campaigns. */
    private static final String SIGNED = """
            SELECT c.household_id, MIN(c.signed_on) AS signed_on FROM commitment c JOIN commitment_campaign p ON p.id = c.campaign_id
            WHERE p.eval_year = :year AND p.subject_kind = 'HOUSEHOLD' %s
            GROUP BY c.household_id""";

    /**
     * The same when the year has one household campaign (the usual case): a household signs it at most
     * once ({@code uq_commitment}), so no grouping is needed, and PostgreSQL joins the signatures in
     * parallel instead of hashing a million groups that spill to disk first (7 s → 3 s for a province).
     */
    private static final String SIGNED_IN_ONE = """
            SELECT c.household_id, c.signed_on FROM commitment c WHERE c.campaign_id = :campaign %s""";

    private static final String OK = """
            COALESCE(s.signed_on <= CASE WHEN r.valid_from <= :snapshot THEN CAST(:snapshot AS DATE) ELSE r.valid_from + :grace END, FALSE)""";

    private static final String COUNTED = """
            SELECT area_code, NULL AS household_id, COUNT(*) AS due, SUM(CASE WHEN ok THEN 1 ELSE 0 END) AS registered
            FROM marked GROUP BY area_code
            UNION ALL
            SELECT area_code, household_id, NULL, NULL FROM marked WHERE NOT ok""";

    private static final String ONE_PASS = "WITH signed AS (%1$s), marked AS MATERIALIZED (SELECT r.area_code, r.household_id, "
            + OK + " AS ok FROM household_residence r JOIN household h ON h.id = r.household_id"
            + " LEFT JOIN signed s ON s.household_id = r.household_id WHERE " + RESIDENT + ") " + COUNTED;

    private static final String BY_INDEX = "WITH residents AS MATERIALIZED (SELECT r.area_code, r.household_id, r.valid_from"
            + " FROM household_residence r CROSS JOIN LATERAL (SELECT x.moved_out FROM household x WHERE x.id = r.household_id OFFSET 0) h"
            + " WHERE " + RESIDENT + "), signed AS (%1$s), marked AS MATERIALIZED (SELECT r.area_code, r.household_id, " + OK + " AS ok"
            + " FROM residents r LEFT JOIN signed s ON s.household_id = r.household_id) " + COUNTED;

    private static final int NAMES_PER_QUERY = 1000;

    private final JdbcClient jdbc;
    private final DatabaseKind database;

    public EvaluationCoverageFacts(JdbcClient jdbc, DatabaseKind database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    private static final class Tally {
        int due;
        int registered;
        int listed;
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
        Map<Long, Tally> listed = new LinkedHashMap<>();
        List<Long> campaigns = jdbc.sql("SELECT id FROM commitment_campaign WHERE eval_year = :year AND subject_kind = 'HOUSEHOLD'")
                .param("year", year).query(Long.class).list();
        String residentsOnly = smallPart ? "AND c.household_id IN (SELECT household_id FROM residents)" : "";
        String signed = campaigns.size() == 1 ? SIGNED_IN_ONE.formatted(residentsOnly) : SIGNED.formatted(residentsOnly);
        jdbc.sql((smallPart ? BY_INDEX : ONE_PASS).formatted(signed)).param("year", year).param("codes", List.copyOf(areaCodes))
                .param("snapshot", snapshot).param("end", end).param("grace", graceDays)
                .param("campaign", campaigns.size() == 1 ? campaigns.get(0) : 0L)
                .query(rs -> {
                    Tally t = tallies.computeIfAbsent(rs.getString("area_code"), c -> new Tally());
                    long id = rs.getLong("household_id");
                    if (rs.wasNull()) {
                        t.due = rs.getInt("due");
                        t.registered = rs.getInt("registered");
                    } else if (t.listed < MISSING_LISTED) {
                        t.listed++;
                        listed.put(id, t);
                    }
                });
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = List.copyOf(listed.keySet());
        for (int i = 0; i < ids.size(); i += NAMES_PER_QUERY) {
            jdbc.sql("SELECT id, head_name FROM household WHERE id IN (:ids)").param("ids", ids.subList(i, Math.min(ids.size(), i + NAMES_PER_QUERY)))
                    .query(rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        listed.forEach((id, t) -> t.missing.add(new FactRef(String.valueOf(id), names.get(id), "/commitments/households/" + id)));
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
