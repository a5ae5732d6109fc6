package vn.xomantoan.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.xomantoan.reporting.domain.Figures;
import vn.xomantoan.reporting.domain.IndicatorEngine;
import vn.xomantoan.reporting.domain.Selection;
import vn.xomantoan.support.Externals;
import vn.xomantoan.support.IntegrationTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The province dashboard's main indicators for the current year by commune, computed by the
 * indicator engine (no cache: each computed from the data) against one hand-written PostgreSQL
 * aggregate per indicator over the same tables, side by side; the values must agree. Indicators:
 * households living in the province today, households that signed this year's commitment, incidents
 * and activity participants of the year. Also prints the engine's time for every indicator of the
 * dashboard at once.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class IndicatorBenchmark {

    private static final int RUNS = 7;

    /** Child commune of a residential area or establishment version: the third element of its path. */
    private static final String PLACED = """
            JOIN org_unit u ON u.code = x.code AND u.valid_from <= :asOf AND (u.valid_to IS NULL OR u.valid_to >= :asOf)
             AND u.path LIKE :root
            GROUP BY split_part(u.path, '/', 3)""";

    private static final Map<String, String> HAND = Map.of(
            "households.count", """
                    SELECT split_part(u.path, '/', 3) AS child, SUM(x.n) AS v FROM (
                      SELECT area_code AS code, COUNT(*) AS n FROM household_residence
                      WHERE valid_from <= :asOf AND (valid_to IS NULL OR valid_to >= :asOf) GROUP BY area_code) x
                    """ + PLACED,
            "commitments.householdsSigned", """
                    SELECT split_part(u.path, '/', 3) AS child, SUM(x.n) AS v FROM (
                      SELECT r.area_code AS code, COUNT(*) AS n FROM household_residence r
                      WHERE r.valid_from <= :asOf AND (r.valid_to IS NULL OR r.valid_to >= :asOf)
                        AND EXISTS (SELECT 1 FROM commitment k JOIN commitment_campaign p ON p.id = k.campaign_id
                                    WHERE k.household_id = r.household_id AND p.eval_year = :year AND p.subject_kind = 'HOUSEHOLD')
                      GROUP BY r.area_code) x
                    """ + PLACED,
            "incidents.total", """
                    SELECT split_part(u.path, '/', 3) AS child, COUNT(*) AS v FROM incident i JOIN org_unit u ON u.id = i.unit_id
                    WHERE i.occurred_on BETWEEN :from AND :to AND u.path LIKE :root GROUP BY split_part(u.path, '/', 3)""",
            "activities.participants", """
                    SELECT split_part(u.path, '/', 3) AS child, SUM(a.participants) AS v FROM activity a JOIN org_unit u ON u.id = a.unit_id
                    WHERE a.held_on BETWEEN :from AND :to AND u.path LIKE :root GROUP BY split_part(u.path, '/', 3)""");

    @Autowired
    IndicatorEngine engine;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("tinh.ninhbinh")
    void provinceIndicatorsAgainstHandWrittenAggregates() {
        assumeTrue(Externals.onPostgres(), "the hand-written aggregates are PostgreSQL SQL (XAT_DB_URL)");
        LocalDate today = LocalDate.now();
        Selection s = engine.select("37", today.withDayOfYear(1), LocalDate.of(today.getYear(), 12, 31), null);
        Map<String, Object> params = Map.of("asOf", today, "from", s.from(), "to", s.to(), "year", today.getYear(),
                "root", s.unit().path() + "%");
        System.out.printf("INDICATORS %s (%s), %s–%s, %d communes; households in the database: %,d%n", s.unit().name(), s.unit().code(),
                s.from(), s.to(), s.children().size(), jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single());
        long engineTotal = 0;
        long handTotal = 0;
        for (String id : List.of("households.count", "commitments.householdsSigned", "incidents.total", "activities.participants")) {
            List<Long> engineTimes = new ArrayList<>();
            Figures figures = null;
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                figures = engine.compute(s, true, id);
                engineTimes.add((System.nanoTime() - t) / 1_000_000);
            }
            List<Long> handTimes = new ArrayList<>();
            Map<String, Long> hand = new HashMap<>();
            for (int i = 0; i < RUNS; i++) {
                hand.clear();
                long t = System.nanoTime();
                jdbc.sql(HAND.get(id)).params(params).query(rs -> {
                    hand.put(rs.getString("child"), rs.getLong("v"));
                });
                handTimes.add((System.nanoTime() - t) / 1_000_000);
            }
            long engineMedian = median(engineTimes);
            long handMedian = median(handTimes);
            engineTotal += engineMedian;
            handTotal += handMedian;
            Map<String, Long> byEngine = new HashMap<>();
            var breakdown = figures.values().get(id);
            for (var child : s.children()) {
                long v = breakdown == null ? 0 : breakdown.byChild().getOrDefault(String.valueOf(child.id()), 0L);
                if (v != 0) {
                    byEngine.put(String.valueOf(child.id()), v);
                }
            }
            hand.values().removeIf(v -> v == 0);
            System.out.printf("INDICATOR %-30s engine median %,6d ms, hand SQL median %,6d ms, ratio %.2f, total %,d, communes agreeing: %s%n",
                    id, engineMedian, handMedian, (double) engineMedian / Math.max(1, handMedian),
                    byEngine.values().stream().mapToLong(Long::longValue).sum(), byEngine.equals(hand));
            assertThat(byEngine).as(id + " by commune, engine vs hand-written SQL").isEqualTo(hand);
        }
        System.out.printf("INDICATORS four together: engine %,d ms, hand SQL %,d ms, ratio %.2f%n", engineTotal, handTotal,
                (double) engineTotal / Math.max(1, handTotal));
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            engine.computeFresh(s, true);
            all.add((System.nanoTime() - t) / 1_000_000);
        }
        System.out.printf("INDICATORS every indicator of the dashboard (engine, by commune): runs %s ms%n", all);
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times.subList(1, times.size()));
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
