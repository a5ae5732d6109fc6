package vn.xomantoan.shared.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;

/**
 * The loaders that fill an empty database at start (official units, the first administrator, demo
 * data) each ask "is it still empty?" and then insert. Two nodes starting together on one database
 * would both find it empty, so all of them run under one database lock: the first node to start
 * takes it and loads; the others wait, then find the data there and load nothing.
 * <p>
 * The lock is a row lock ({@code SELECT ... FOR UPDATE} on {@code startup_lock}), the same on H2 and
 * PostgreSQL, held in a connection of its own from the first application runner to the last. A node
 * that dies while holding it releases it with its connection; a node that fails to start releases it
 * when its context closes.
 */
@Component
public class StartupLock implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    /** The row is locked by another node: H2 (lock timeout, HYT00), PostgreSQL (lock not available, 55P03). */
    private static final Set<String> BUSY = Set.of("HYT00", "55P03");
    private static final long RETRY_MILLIS = 1000;

    private final DataSource dataSource;
    private final Duration maxWait;
    private Connection held;

    StartupLock(DataSource dataSource, @Value("${xomantoan.startup.lock-wait:30m}") Duration maxWait) {
        this.dataSource = dataSource;
        this.maxWait = maxWait;
    }

    /** Waits until no other node is loading, then holds the lock until {@link #release()}. */
    public synchronized void acquire() {
        if (held != null) {
            return;
        }
        long started = System.nanoTime();
        long deadline = started + maxWait.toNanos();
        boolean told = false;
        try {
            Connection c = dataSource.getConnection();
            try {
                c.setAutoCommit(false);
                while (!tryLock(c)) {
                    c.rollback();
                    if (System.nanoTime() + RETRY_MILLIS * 1_000_000 > deadline) {
                        throw new IllegalStateException("Another node has held the startup lock for more than " + maxWait
                                + " (xomantoan.startup.lock-wait); not loading data at start");
                    }
                    if (!told) {
                        log.info("Another node is loading data at start; waiting for it to finish");
                        told = true;
                    }
                    pause();
                }
                held = c;
            } finally {
                if (held == null) {
                    c.close();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the startup lock", e);
        }
        if (told) {
            log.info("Startup lock taken after {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * One attempt, without waiting in the database: NOWAIT on both databases, so no session setting
     * (such as a lock or query timeout) stays on a pooled connection.
     */
    private static boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT name FROM startup_lock WHERE name = 'loaders' FOR UPDATE NOWAIT")) {
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The startup_lock row is missing (see migration V16)");
                }
                return true;
            }
        } catch (SQLException e) {
            if (BUSY.contains(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the startup lock", e);
        }
    }

    /** Lets the next node in; harmless when not held. */
    public synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection c = held) {
            c.rollback();
        } catch (SQLException e) {
            log.warn("Releasing the startup lock: {}", e.getMessage());
        } finally {
            held = null;
        }
    }

    @Override
    public void destroy() {
        release();
    }

    /** Runs before every other application runner. */
    @Component
    static class Take implements ApplicationRunner, Ordered {

        private final StartupLock lock;

        Take(StartupLock lock) {
            this.lock = lock;
        }

        @Override
        public void run(ApplicationArguments args) {
            lock.acquire();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /** Runs after every other application runner. */
    @Component
    static class Release implements ApplicationRunner, Ordered {

        private final StartupLock lock;

        Release(StartupLock lock) {
            this.lock = lock;
        }

        @Override
        public void run(ApplicationArguments args) {
            lock.release();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
