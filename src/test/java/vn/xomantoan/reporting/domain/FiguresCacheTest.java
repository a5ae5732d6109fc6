package vn.xomantoan.reporting.domain;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.audit.ChangeStamp;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.reporting.Breakdown;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's figures are kept until the data changes: asked twice, they are computed once; once
 * the product records a change (every change writes an audit event), they are computed again; a
 * different unit, period or scope is another entry.
 */
@IntegrationTest
@Transactional
class FiguresCacheTest {

    @Autowired
    AuditLog audit;
    @Autowired
    ChangeStamp changes;
    @Autowired
    UnitCatalog units;

    @Test
    void figuresAreComputedOnceUntilAChangeIsRecorded() {
        FiguresCache cache = new FiguresCache(changes, 10, 300);
        LocalDate day = LocalDate.of(2016, 10, 31);
        UnitView province = units.validOn("37", day, UnitScope.EVERYTHING).orElseThrow();
        Selection seed = new Selection(province, LocalDate.of(2015, 5, 1), day, day, List.of());
        AtomicInteger computed = new AtomicInteger();

        Figures first = cache.get(FiguresCache.key(seed, false, UnitScope.EVERYTHING), () -> figures(seed, computed));
        Figures again = cache.get(FiguresCache.key(seed, false, UnitScope.EVERYTHING), () -> figures(seed, computed));
        assertThat(again).isSameAs(first);
        assertThat(computed).hasValue(1);

        // Another period, or the same one seen through a narrower scope, is computed on its own.
        Selection year2016 = new Selection(province, LocalDate.of(2016, 1, 1), day, day, List.of());
        cache.get(FiguresCache.key(year2016, false, UnitScope.EVERYTHING), () -> figures(year2016, computed));
        cache.get(FiguresCache.key(seed, false, UnitScope.of(List.of(province.path()))), () -> figures(seed, computed));
        assertThat(computed).hasValue(3);

        audit.record(AuditAction.CREATE, "Incident", 1, "Ghi nhận vụ việc", null, Map.of("id", 1));
        Figures afterChange = cache.get(FiguresCache.key(seed, false, UnitScope.EVERYTHING), () -> figures(seed, computed));
        assertThat(afterChange).isNotSameAs(first);
        assertThat(computed).hasValue(4);
        assertThat(cache.get(FiguresCache.key(seed, false, UnitScope.EVERYTHING), () -> figures(seed, computed))).isSameAs(afterChange);
    }

    @Test
    void anEntryOlderThanTheTimeLimitIsComputedAgainAndAZeroCapacityKeepsNothing() {
        LocalDate day = LocalDate.of(2016, 10, 31);
        UnitView province = units.validOn("37", day, UnitScope.EVERYTHING).orElseThrow();
        Selection seed = new Selection(province, LocalDate.of(2015, 5, 1), day, day, List.of());
        AtomicInteger computed = new AtomicInteger();
        FiguresCache expired = new FiguresCache(changes, 10, -1);
        expired.get(FiguresCache.key(seed, false, UnitScope.EVERYTHING), () -> figures(seed, computed));
        expired.get(FiguresCache.key(seed, false, UnitScope.EVERYTHING), () -> figures(seed, computed));
        FiguresCache off = new FiguresCache(changes, 0, 300);
        off.get(FiguresCache.key(seed, false, UnitScope.EVERYTHING), () -> figures(seed, computed));
        off.get(FiguresCache.key(seed, false, UnitScope.EVERYTHING), () -> figures(seed, computed));
        assertThat(computed).hasValue(4);
    }

    @Test
    void usersAskingTogetherWaitForOneComputation() throws Exception {
        FiguresCache cache = new FiguresCache(changes, 10, 300);
        LocalDate day = LocalDate.of(2016, 10, 31);
        UnitView province = units.validOn("37", day, UnitScope.EVERYTHING).orElseThrow();
        Selection seed = new Selection(province, LocalDate.of(2015, 5, 1), day, day, List.of());
        AtomicInteger computed = new AtomicInteger();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r);
            threads.add(t);
            return t;
        });
        try {
            List<java.util.concurrent.Future<Figures>> answers = new java.util.ArrayList<>();
            answers.add(pool.submit(() -> cache.get(FiguresCache.key(seed, false, UnitScope.EVERYTHING), () -> {
                started.countDown();
                await(release);
                return figures(seed, computed);
            })));
            await(started);
            for (int i = 0; i < 3; i++) {
                answers.add(pool.submit(() -> cache.get(FiguresCache.key(seed, false, UnitScope.EVERYTHING), () -> figures(seed, computed))));
            }
            // All four are parked: the first inside its computation, the others waiting for it.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                    threads.size() == 4 && threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING));
            release.countDown();
            Figures first = answers.get(0).get();
            for (java.util.concurrent.Future<Figures> f : answers) {
                assertThat(f.get()).isSameAs(first);
            }
            assertThat(computed).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Figures figures(Selection s, AtomicInteger computed) {
        computed.incrementAndGet();
        return new Figures(s, Map.of("units.communes", Breakdown.of(145)));
    }
}
