package vn.xomantoan.incidents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.incidents.domain.IncidentStatistics;
import vn.xomantoan.incidents.domain.StatsTable;
import vn.xomantoan.support.Externals;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The province-year table with about a million incidents (PostgreSQL only, in a database of its own;
 * see docs/performance.md for the command). Prints the median of 20 runs of the statistics query and
 * of the same aggregate written by hand.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class IncidentStatsBenchmark {

    static final int INCIDENTS = 1_000_000;
    static final int RUNS = 20;

    private final JdbcClient jdbc;
    private final IncidentStatistics statistics;
    private final UnitCatalog units;

    @Autowired
    IncidentStatsBenchmark(JdbcClient jdbc, IncidentStatistics statistics, UnitCatalog units) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.units = units;
    }

    @Test
    void provinceYearTableWithAMillionIncidents() {
        assumeTrue(Externals.onPostgres(), "the benchmark runs on PostgreSQL (XAT_DB_URL)");
        long existing = jdbc.sql("SELECT COUNT(*) FROM incident").query(Long.class).single();
        if (existing < INCIDENTS) {
            // Fresh demo data has no planner statistics yet; without them the generator joins row by row.
            jdbc.sql("ANALYZE").update();
            long t0 = System.nanoTime();
            int inserted = jdbc.sql("""
                    WITH codes AS (
                        SELECT code, ROW_NUMBER() OVER (ORDER BY code) - 1 AS rn FROM (
                            SELECT DISTINCT code FROM unit_version WHERE level IN ('RESIDENTIAL_AREA', 'ESTABLISHMENT')
                              AND path LIKE (SELECT path || '%' FROM unit_version WHERE code = '37' AND valid_from <= DATE '2016-06-30'
                                AND (valid_to IS NULL OR valid_to >= DATE '2016-06-30'))) x),
                    counted AS (SELECT COUNT(*) AS n, CURRENT_DATE - DATE '2014-01-01' AS days FROM codes),
                    drawn AS (
                        SELECT g.i, k.code, DATE '2014-01-01' + ((g.i * 104729) % c.days)::int AS day
                        FROM generate_series(1, :n) AS g(i) CROSS JOIN counted c JOIN codes k ON k.rn = (g.i * 7919) % c.n)
                    INSERT INTO incident (occurred_on, unit_id, place_code, category_code, status, summary, search_key, sort_key,
                                          created_at, created_by)
                    SELECT d.day, v.id, d.code,
                           (ARRAY['CRIME','SOCIAL_EVIL','TRAFFIC_ACCIDENT','FIRE','DISPUTE','CROWD_COMPLAINT'])[1 + d.i % 6],
                           'CLOSED', 'benchmark', 'benchmark', '00', now(), 'bench'
                    FROM drawn d JOIN unit_version v ON v.code = d.code AND v.valid_from <= d.day
                         AND (v.valid_to IS NULL OR v.valid_to >= d.day)""")
                    .param("n", INCIDENTS - existing).update();
            jdbc.sql("VACUUM ANALYZE incident").update();
            System.out.printf("BENCH inserted %,d incidents in %,d ms%n", inserted, (System.nanoTime() - t0) / 1_000_000);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM incident").query(Long.class).single();
        System.out.printf("BENCH incidents in the database: %,d%n", total);
        assertThat(total).isGreaterThanOrEqualTo((long) INCIDENTS * 9 / 10);

        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("bench", null, List.of()));
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        UnitView province = units.validOn("37", to, UnitScope.EVERYTHING).orElseThrow();
        StatsTable table = statistics.compute(province, from, to, List.of(), IncidentStatistics.BY_CHILD, UnitScope.EVERYTHING);
        double app = median(() -> statistics.compute(province, from, to, List.of(), IncidentStatistics.BY_CHILD, UnitScope.EVERYTHING));
        String hand = """
                SELECT split_part(substr(COALESCE(cu.path, u.path), length(:x) + 1), '/', 1) AS child,
                       COUNT(*) FILTER (WHERE i.occurred_on BETWEEN :f AND :t) AS cur,
                       COUNT(*) FILTER (WHERE i.occurred_on BETWEEN :pf AND :pt) AS prev
                FROM incident i JOIN unit_version u ON u.id = i.unit_id
                LEFT JOIN unit_version cu ON cu.code = i.place_code AND cu.valid_from <= :t AND (cu.valid_to IS NULL OR cu.valid_to >= :t)
                WHERE i.occurred_on BETWEEN :pf AND :t AND COALESCE(cu.path, u.path) LIKE :xp
                GROUP BY 1""";
        Supplier<Object> raw = () -> jdbc.sql(hand).param("x", province.path()).param("xp", province.path() + "%")
                .param("f", from).param("t", to).param("pf", from.minusYears(1)).param("pt", to.minusYears(1))
                .query().listOfRows();
        double rawMs = median(raw);
        long current = table.total().current();
        long previous = table.total().previous();
        System.out.printf("BENCH province-year table (%d communes, %,d vs %,d incidents): statistics p50 %.1f ms, hand-written SQL p50 %.1f ms, ratio %.2f%n",
                table.rows().size(), current, previous, app, rawMs, app / rawMs);
        assertThat(app).isLessThan(1000);
    }

    private static double median(Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(times);
        return (times.get(RUNS / 2 - 1) + times.get(RUNS / 2)) / 2;
    }
}
