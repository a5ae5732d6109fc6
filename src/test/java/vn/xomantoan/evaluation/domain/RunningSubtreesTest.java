package vn.xomantoan.evaluation.domain;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two evaluation runs go ahead together only when their units do not overlap. */
class RunningSubtreesTest {

    @Test
    void aRunInsideARunningProvinceWaitsForItWhileAnotherProvinceGoesAhead() throws Exception {
        RunningSubtrees running = new RunningSubtrees();
        running.enter("/1/37/");

        CountDownLatch otherProvince = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> enterQuietly(running, "/1/38/", otherProvince));
        assertThat(otherProvince.await(5, TimeUnit.SECONDS)).as("a run of another province starts at once").isTrue();

        CountDownLatch commune = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> enterQuietly(running, "/1/37/14677/", commune));
        assertThat(commune.await(300, TimeUnit.MILLISECONDS)).as("a commune of the running province waits").isFalse();

        running.leave("/1/37/");
        assertThat(commune.await(5, TimeUnit.SECONDS)).as("and starts once the province's run is over").isTrue();
    }

    @Test
    void overlapMeansTheSameUnitOrAnAncestor() {
        assertThat(RunningSubtrees.overlap("/1/37/", "/1/37/")).isTrue();
        assertThat(RunningSubtrees.overlap("/1/37/", "/1/37/14677/")).isTrue();
        assertThat(RunningSubtrees.overlap("/1/37/14677/", "/1/37/")).isTrue();
        assertThat(RunningSubtrees.overlap("/1/37/", "/1/371/")).isFalse();
        assertThat(RunningSubtrees.overlap("/1/37/14677/", "/1/37/14620/")).isFalse();
    }

    private static void enterQuietly(RunningSubtrees running, String path, CountDownLatch entered) {
        try {
            running.enter(path);
            entered.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
