package vn.xomantoan.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import vn.xomantoan.support.Externals;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Latency of the main pages under concurrent users, and the heap it takes (skipped unless -Dbench=true).
 *
 * <p>The application runs on a random local port in this JVM, against the database of
 * {@code XAT_DB_URL} (the demo data is loaded only when that database holds no units yet). Each
 * virtual user has its own {@link java.net.http.HttpClient} and session, signed in through the login
 * form as the province officer {@code tinh.ninhbinh}. For every page: a warm-up of one user × 5
 * requests, then {@code bench.users} (50) users × {@code bench.rounds} (10) requests back to back over
 * loopback. A request is an error when it throws, times out ({@code bench.timeout}, 120 s), answers
 * other than 200 or lacks a marker of the page (so an error page never counts as a success); latency
 * percentiles are over the successful requests.
 *
 * <p>Heap: the peak usage of the heap pools is reset before each page's load and read after it (the sum
 * of the pools' peaks, an upper bound of the whole heap's peak), then the used heap after
 * {@code System.gc()}. The figures include the benchmark's own clients (same JVM). Run with
 * {@code -Dtest.heap=512m} to check the application within a 512 MB heap.
 *
 * <p>Pages ({@code -Dbench.pages=dashboard,households-commune,...} runs a subset): the province
 * dashboard, the household list of the commune with the most households today (or
 * {@code -Dbench.commune}) and the same list searched by a name fragment without diacritics
 * ({@code -Dbench.q}, "van hung"), the household list of the whole province, the unit tree page and the
 * province's children in the tree (the fragment loaded when the province is expanded).
 *
 * <p>Templates are cached as in production ({@code -Dbench.templateCache=false} parses them on every
 * request, as the test profile does).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {
        // As in production: templates parsed once (the test profile re-reads them on every request).
        "spring.thymeleaf.cache=${bench.templateCache:true}",
        "xomantoan.reporting.cache.entries=${bench.cache:500}",
        "xomantoan.households.count-cache.entries=${bench.cache:500}"})
@EnabledIfSystemProperty(named = "bench", matches = "true")
class PageLoadBenchmark {

    private static final String USER = "tinh.ninhbinh";
    private static final String PROVINCE = "37";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private record PageCase(String name, String what, String path, String marker) {
    }

    private record Result(PageCase page, int users, int rounds, List<Long> sorted, int errors, double seconds,
                          long heapAfterGcMb, long peakHeapMb, long gcCount, long gcMillis, double loadBefore, double loadAfter) {

        String markdown() {
            return String.format(Locale.ROOT, "| %s | %d × %d | %,d | %,d | %,d | %,d | %.1f | %d | %d MB | %d MB | %d (%,d ms) | %.1f → %.1f |",
                    page.what(), users, rounds, SignedInClient.percentile(sorted, 50), SignedInClient.percentile(sorted, 95),
                    SignedInClient.percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
                    (sorted.size() + errors) / seconds, errors, heapAfterGcMb, peakHeapMb, gcCount, gcMillis, loadBefore, loadAfter);
        }
    }

    @Test
    void pagesUnderConcurrentUsers() throws Exception {
        int users = Integer.getInteger("bench.users", 50);
        int rounds = Integer.getInteger("bench.rounds", 10);
        Duration timeout = Duration.ofSeconds(Integer.getInteger("bench.timeout", 120));
        if (Externals.onPostgres()) {
            // Statistics and visibility maps for freshly loaded data (autovacuum would get there on its own, later).
            jdbc.sql("VACUUM ANALYZE").update();
        }
        List<PageCase> pages = pages();
        long maxHeapMb = mb(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax());
        System.out.printf(Locale.ROOT, "BENCH pages: %d users x %d requests per page, max heap (-Xmx) %d MB, %d processors, load average %.2f%n",
                users, rounds, maxHeapMb, Runtime.getRuntime().availableProcessors(), load());
        pages.forEach(p -> System.out.printf("BENCH page %s = GET %s%n", p.name(), p.path()));

        List<SignedInClient> clients = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            clients.add(SignedInClient.signIn(port, USER, timeout));
        }
        List<Result> results = new ArrayList<>();
        for (PageCase page : pages) {
            results.add(run(page, clients, rounds));
        }

        System.out.printf(Locale.ROOT, "BENCH table (%d users x %d requests, max heap %d MB; latencies in ms):%n", users, rounds, maxHeapMb);
        System.out.println("| page | users × requests | p50 | p95 | p99 | max | req/s | errors | heap after GC | peak heap | GCs (time) | load average |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        results.forEach(r -> System.out.println(r.markdown()));
        for (Result r : results) {
            assertThat(r.sorted().size() + r.errors()).isEqualTo(users * rounds);
        }
    }

    private List<PageCase> pages() {
        String commune = System.getProperty("bench.commune", busiestCommune());
        String q = System.getProperty("bench.q", "van hung");
        long provinceId = jdbc.sql("SELECT id FROM unit_version WHERE code = :code AND valid_from <= :today "
                        + "AND (valid_to IS NULL OR valid_to >= :today)")
                .param("code", PROVINCE).param("today", LocalDate.now()).query(Long.class).single();
        List<PageCase> all = List.of(
                new PageCase("dashboard", "province dashboard", "/reporting?unit=" + PROVINCE, "id=\"chart-map\""),
                new PageCase("households-commune", "households of commune " + commune, "/households?unit=" + commune,
                        "id=\"household-table\""),
                new PageCase("households-search", "households of commune " + commune + ", search \"" + q + "\"",
                        "/households?unit=" + commune + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "id=\"household-count\""),
                new PageCase("households-province", "households of the province", "/households?unit=" + PROVINCE,
                        "id=\"household-table\""),
                new PageCase("units", "unit tree", "/units", "id=\"unit-tree\""),
                new PageCase("units-children", "unit tree: the province expanded", "/units/" + provinceId + "/children",
                        "class=\"unit-link\""));
        String only = System.getProperty("bench.pages", "");
        if (only.isBlank()) {
            return all;
        }
        List<String> names = Arrays.stream(only.split(",")).map(String::trim).toList();
        return all.stream().filter(p -> names.contains(p.name())).toList();
    }

    /** The commune of the province with the most households living in it today. */
    private String busiestCommune() {
        LocalDate today = LocalDate.now();
        String provincePath = jdbc.sql("SELECT path FROM unit_version WHERE code = :code AND valid_from <= :today "
                        + "AND (valid_to IS NULL OR valid_to >= :today)")
                .param("code", PROVINCE).param("today", today).query(String.class).single();
        return jdbc.sql("""
                        SELECT c.code FROM unit_version c
                        JOIN (SELECT a.path, COUNT(*) AS n FROM household_residence r
                              JOIN unit_version a ON a.code = r.area_code AND a.level = 'RESIDENTIAL_AREA'
                                   AND a.valid_from <= :today AND (a.valid_to IS NULL OR a.valid_to >= :today)
                              WHERE r.valid_from <= :today AND (r.valid_to IS NULL OR r.valid_to >= :today)
                              GROUP BY a.path) g ON g.path LIKE CONCAT(c.path, '%')
                        WHERE c.level = 'COMMUNE' AND c.path LIKE :province
                          AND c.valid_from <= :today AND (c.valid_to IS NULL OR c.valid_to >= :today)
                        GROUP BY c.code ORDER BY SUM(g.n) DESC, c.code FETCH FIRST 1 ROWS ONLY""")
                .param("today", today).param("province", provincePath + "%").query(String.class).single();
    }

    private Result run(PageCase page, List<SignedInClient> clients, int rounds) throws Exception {
        List<Long> warm = new ArrayList<>();
        AtomicInteger warmErrors = new AtomicInteger();
        requests(clients.get(0), page, 5, warm, warmErrors);
        System.out.printf("BENCH %s warm-up (1 user, 5 requests): %s ms, %d errors%n", page.name(), warm, warmErrors.get());

        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcCount = gcCount();
        long gcMillis = gcMillis();
        double loadBefore = load();

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (SignedInClient client : clients) {
            futures.add(pool.submit(() -> requests(client, page, rounds, latencies, errors)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long gcs = gcCount() - gcCount;
        long gcTime = gcMillis() - gcMillis;
        double loadAfter = load();
        System.gc();
        long afterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Result r = new Result(page, clients.size(), rounds, sorted, errors.get(), seconds, mb(afterGc), mb(peak), gcs, gcTime,
                loadBefore, loadAfter);
        System.out.printf(Locale.ROOT, "BENCH %s: %d requests in %.1f s (%.1f req/s), %d errors; p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; "
                        + "heap after GC %d MB, peak heap %d MB, %d collections (%d ms); load average %.2f -> %.2f%n",
                page.name(), sorted.size() + errors.get(), seconds, (sorted.size() + errors.get()) / seconds, errors.get(),
                SignedInClient.percentile(sorted, 50), SignedInClient.percentile(sorted, 95), SignedInClient.percentile(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1), r.heapAfterGcMb(), r.peakHeapMb(), gcs, gcTime,
                loadBefore, loadAfter);
        return r;
    }

    /** Loads the page {@code rounds} times; successful latencies are added, failures counted (the first few printed). */
    private static void requests(SignedInClient client, PageCase page, int rounds, List<Long> latencies, AtomicInteger errors) {
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            String failure;
            try {
                HttpResponse<String> r = client.get(page.path());
                long ms = (System.nanoTime() - t) / 1_000_000;
                if (r.statusCode() == 200 && r.body().contains(page.marker())) {
                    latencies.add(ms);
                    continue;
                }
                failure = "status " + r.statusCode() + (r.statusCode() == 200 ? " without " + page.marker() : "");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = "interrupted";
            } catch (Exception e) {
                failure = e.toString();
            }
            if (errors.incrementAndGet() <= 5) {
                System.out.printf("BENCH %s error: %s%n", page.name(), failure);
            }
        }
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long mb(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }
}
