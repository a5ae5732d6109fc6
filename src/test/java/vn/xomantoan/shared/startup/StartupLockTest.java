package vn.xomantoan.shared.startup;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.xomantoan.support.IntegrationTest;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Nodes starting together on one database: the second waits for the first to finish loading. */
@IntegrationTest
class StartupLockTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aSecondNodeWaitsUntilTheFirstHasLoaded() {
        StartupLock first = new StartupLock(dataSource, Duration.ofMinutes(1));
        StartupLock second = new StartupLock(dataSource, Duration.ofMinutes(1));
        first.acquire();
        CompletableFuture<Void> waiting;
        try {
            waiting = CompletableFuture.runAsync(second::acquire);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> !waiting.isDone());
        } finally {
            first.release();
        }
        await().atMost(Duration.ofSeconds(30)).until(waiting::isDone);
        assertThat(waiting).isCompleted();
        second.release();
    }

    @Test
    void aNodeThatGivesUpWaitingFailsToStartRatherThanLoadingTwice() {
        StartupLock first = new StartupLock(dataSource, Duration.ofMinutes(1));
        StartupLock impatient = new StartupLock(dataSource, Duration.ZERO);
        first.acquire();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(impatient::acquire)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("startup lock");
        } finally {
            first.release();
        }
        impatient.acquire();
        impatient.release();
    }
}
