package vn.xomantoan.reporting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import vn.xomantoan.bench.SignedInClient;
import vn.xomantoan.reporting.domain.IndicatorEngine;
import vn.xomantoan.reporting.domain.Selection;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province dashboard under load (skipped unless -Dbench=true): the application on a local port,
 * N virtual users (default 8) each signed in with their own session, each loading the dashboard of
 * today's Ninh Bình for the current year (129 communes) R times (default 25) back to back, over
 * loopback. Prints p50/p95/max latency and throughput, and for comparison the figures alone (the
 * engine without HTTP and HTML) for one user. {@code bench.PageLoadBenchmark} measures the dashboard beside
 * the other main pages, with percentiles, errors and heap.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "xomantoan.reporting.cache.entries=${bench.cache:500}")
@EnabledIfSystemProperty(named = "bench", matches = "true")
class DashboardLoadBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    IndicatorEngine engine;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void provinceDashboardUnderConcurrentUsers() throws Exception {
        int users = Integer.getInteger("bench.users", 8);
        int rounds = Integer.getInteger("bench.rounds", 25);
        String path = "/reporting?unit=37";
        if (vn.xomantoan.support.Externals.onPostgres()) {
            // Statistics for the freshly loaded demo data (autovacuum would get there on its own, later).
            jdbc.sql("ANALYZE").update();
        }
        List<Long> warm = new ArrayList<>();
        runUser(path, 5, warm);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            futures.add(pool.submit(() -> {
                runUser(path, rounds, latencies);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        assertThat(sorted).hasSize(users * rounds);
        System.out.printf("BENCH dashboard %s: %d users x %d requests = %d in %.1f s (%.1f req/s); p50 %d ms, p95 %d ms, max %d ms%n",
                path, users, rounds, sorted.size(), seconds, sorted.size() / seconds, pct(sorted, 50), pct(sorted, 95),
                sorted.get(sorted.size() - 1));
        System.out.printf("BENCH single user (warm-up, 5 requests): %s ms%n", warm);
    }

    @Test
    @WithUserDetails("tinh.ninhbinh")
    void figuresAloneForOneUser() {
        LocalDate now = LocalDate.now();
        Selection s = engine.select("37", now.withDayOfYear(1), LocalDate.of(now.getYear(), 12, 31), null);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            long t = System.nanoTime();
            engine.computeFresh(s, true);
            engine.computeFresh(engine.previous(s), false);
            times.add((System.nanoTime() - t) / 1_000_000);
        }
        List<Long> sorted = new ArrayList<>(times.subList(3, times.size()));
        Collections.sort(sorted);
        System.out.printf("BENCH figures alone (this year by 129 communes + previous year), median of 10: %d ms%n", pct(sorted, 50));
    }

    static long pct(List<Long> sorted, int p) {
        return SignedInClient.percentile(sorted, p);
    }

    private void runUser(String path, int rounds, List<Long> latencies) throws Exception {
        SignedInClient client = SignedInClient.signIn(port, "tinh.ninhbinh", Duration.ofSeconds(120));
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = client.get(path);
            latencies.add((System.nanoTime() - t) / 1_000_000);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("chart-map");
        }
    }
}
