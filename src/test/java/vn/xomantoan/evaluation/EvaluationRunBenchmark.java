package vn.xomantoan.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.xomantoan.bench.ProvinceRuns;
import vn.xomantoan.evaluation.domain.CriteriaCatalog;
import vn.xomantoan.evaluation.domain.CriteriaSet;
import vn.xomantoan.evaluation.domain.EvaluationRuns;
import vn.xomantoan.evaluation.domain.EvaluationService;
import vn.xomantoan.evaluation.domain.UnitKind;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation of every unit of the province for last year, timed, against one hand-written SQL
 * query that computes the two costliest data-driven verdicts of the residential areas (KDC-1c from
 * households and commitments, KDC-4b from the incident log) — the engine's figure covers every
 * criterion of every unit, the query only those two. Run on purpose, on PostgreSQL:
 * {@code XAT_DB_URL=jdbc:postgresql://127.0.0.1:5432/xat_bench XAT_DB_USER=postgres ./mvnw -q test -Dtest=EvaluationRunBenchmark -Dbench=true}
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
// As installed: a large run reads its coverage beside the other sources (the test profile turns that off for fixtures).
@org.springframework.test.context.TestPropertySource(properties = "xomantoan.evaluation.concurrent-facts=true")
class EvaluationRunBenchmark {

    @Autowired
    EvaluationRuns runs;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    CriteriaCatalog catalog;
    @Autowired
    UnitCatalog units;
    @Autowired
    JdbcClient jdbc;

    private static final String HAND_SQL = """
            WITH areas AS (
                SELECT id AS case_id, unit_code FROM eval_case WHERE eval_year = :y AND unit_kind = 'RESIDENTIAL_AREA'
            ), signed AS (
                SELECT c.household_id, MIN(c.signed_on) AS signed_on FROM commitment c JOIN commitment_campaign p ON p.id = c.campaign_id
                WHERE p.eval_year = :y AND p.subject_kind = 'HOUSEHOLD' GROUP BY c.household_id
            ), due AS (
                SELECT r.area_code, CASE WHEN r.valid_from <= :snap THEN CAST(:snap AS DATE) ELSE r.valid_from + :grace END AS lim, s.signed_on
                FROM household_resident r LEFT JOIN signed s ON s.household_id = r.household_id
                WHERE r.valid_from <= :end AND (r.valid_to IS NULL OR r.valid_to >= :snap) AND (r.moved_out IS NULL OR r.moved_out >= :snap)
                  AND (r.valid_from <= :snap OR (r.valid_from + :grace < :end AND (r.valid_to IS NULL OR r.valid_to >= r.valid_from + :grace)))
            ), cov AS (
                SELECT area_code, COUNT(*) AS due, SUM(CASE WHEN signed_on IS NOT NULL AND signed_on <= lim THEN 1 ELSE 0 END) AS ok
                FROM due GROUP BY area_code
            ), crime AS (
                SELECT place_code, COUNT(*) AS n FROM incident
                WHERE category_code = 'CRIME' AND crime_class IN ('SERIOUS', 'VERY_SERIOUS', 'ESPECIALLY_SERIOUS')
                  AND NOT force_majeure AND NOT handled_promptly AND occurred_on >= :from AND occurred_on <= :to
                GROUP BY place_code
            )
            SELECT a.case_id,
                   CASE WHEN cov.due IS NULL OR cov.due = 0 THEN 'MISSING_DATA' WHEN cov.ok = cov.due THEN 'MET' ELSE 'NOT_MET' END AS kdc1c,
                   CASE WHEN crime.n IS NULL THEN 'MET' ELSE 'NOT_MET' END AS kdc4b
            FROM areas a LEFT JOIN cov ON cov.area_code = a.unit_code LEFT JOIN crime ON crime.place_code = a.unit_code
            """;

    /**
     * The same query written as the engine does when the year has one household campaign: a household
     * signs it at most once, so its signatures are joined without grouping (valid only for such years).
     */
    private static final String HAND_SQL_ONE_CAMPAIGN = HAND_SQL.replace("MIN(c.signed_on) AS signed_on", "c.signed_on")
            .replace(" GROUP BY c.household_id\n", "\n");

    /** Runs a hand query four times, keeps the verdicts, returns the times of the last three, sorted. */
    private List<Long> timeHand(String sql, Map<String, Object> params, Map<Long, String[]> verdicts) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long t = System.nanoTime();
            verdicts.clear();
            jdbc.sql(sql).params(params).query(rs -> {
                verdicts.put(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3)});
            });
            if (i > 0) {
                times.add((System.nanoTime() - t) / 1_000_000);
            }
        }
        Collections.sort(times);
        return times;
    }

    @Test
    void provinceRunAgainstOneHandWrittenQuery() {
        int year = LocalDate.now().getYear() - 1;
        boolean country = "country".equals(System.getProperty("bench.scope"));
        List<UnitView> provinces = ProvinceRuns.provinces(jdbc, units, EvaluationService.referenceDate(year), country ? null : "37");
        ProvinceRuns.asAdministrator(accounts);
        if (!country) {
            ProvinceRuns.evaluate(runs, provinces, year); // warm-up (the generator has run the country once already)
        }
        List<Long> engine = new ArrayList<>();
        int unitsEvaluated = 0;
        for (int i = 0; i < Integer.getInteger("bench.runs", country ? 1 : 3); i++) {
            long t = System.nanoTime();
            unitsEvaluated = ProvinceRuns.evaluate(runs, provinces, year);
            engine.add((System.nanoTime() - t) / 1_000_000);
        }
        CriteriaSet set = CriteriaCatalog.setFor(UnitKind.RESIDENTIAL_AREA, year, catalog.sets());
        LocalDate end = set.windowEnd(year).isAfter(LocalDate.now()) ? LocalDate.now() : set.windowEnd(year);
        Map<String, Object> params = Map.of("y", year, "snap", set.registrationDeadline(year), "grace", 30, "end", end,
                "from", set.windowStart(year), "to", set.windowEnd(year));
        Map<Long, String[]> handVerdicts = new HashMap<>();
        List<Long> hand = timeHand(HAND_SQL, params, handVerdicts);
        int campaigns = jdbc.sql("SELECT COUNT(*) FROM commitment_campaign WHERE eval_year = :y AND subject_kind = 'HOUSEHOLD'")
                .param("y", year).query(Integer.class).single();
        Map<Long, String[]> oneCampaignVerdicts = new HashMap<>();
        assertThat(HAND_SQL_ONE_CAMPAIGN).doesNotContain("MIN(c.signed_on)").doesNotContain("GROUP BY c.household_id");
        List<Long> handOneCampaign = campaigns == 1 ? timeHand(HAND_SQL_ONE_CAMPAIGN, params, oneCampaignVerdicts) : List.of();
        Map<Long, Map<String, String>> stored = new HashMap<>();
        jdbc.sql("""
                        SELECT r.case_id, r.criterion_code, r.verdict FROM eval_result r JOIN eval_case c ON c.id = r.case_id
                        WHERE c.eval_year = :y AND c.unit_kind = 'RESIDENTIAL_AREA' AND r.criterion_code IN ('KDC-1c', 'KDC-4b')""")
                .param("y", year)
                .query(rs -> {
                    stored.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        int same = 0;
        List<String> differences = new ArrayList<>();
        for (Map.Entry<Long, String[]> e : handVerdicts.entrySet()) {
            Map<String, String> s = stored.getOrDefault(e.getKey(), Map.of());
            if (e.getValue()[0].equals(s.get("KDC-1c")) && e.getValue()[1].equals(s.get("KDC-4b"))) {
                same++;
            } else if (differences.size() < 5) {
                differences.add(e.getKey() + ": hand " + String.join("/", e.getValue()) + " engine " + s);
            }
        }
        Collections.sort(engine);
        System.out.printf("EVALUATION BENCHMARK year %d, %d province(s): %d units, engine run median %d ms (runs %s); hand SQL (KDC-1c + KDC-4b of %d areas) "
                        + "median %d ms (runs %s); ratio %.2f; verdicts agreeing %d/%d %s%n", year, provinces.size(), unitsEvaluated, engine.get(engine.size() / 2), engine,
                handVerdicts.size(), hand.get(1), hand, (double) engine.get(engine.size() / 2) / Math.max(1, hand.get(1)), same, handVerdicts.size(), differences);
        if (!handOneCampaign.isEmpty()) {
            long agreeing = handVerdicts.entrySet().stream()
                    .filter(e -> Arrays.equals(e.getValue(), oneCampaignVerdicts.get(e.getKey()))).count();
            System.out.printf("EVALUATION BENCHMARK hand SQL joining the year's one household campaign without grouping: median %d ms (runs %s); "
                            + "ratio %.2f; verdicts agreeing with the grouped hand SQL %d/%d%n", handOneCampaign.get(1), handOneCampaign,
                    (double) engine.get(engine.size() / 2) / Math.max(1, handOneCampaign.get(1)), agreeing, handVerdicts.size());
        }
        assertThat(handVerdicts).isNotEmpty();
    }
}
