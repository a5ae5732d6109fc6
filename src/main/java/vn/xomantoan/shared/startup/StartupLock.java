package vn.xomantoan.shared.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

    /** The row is locked by another node: H2 (lock timeout, HYT00, also its NOWAIT), PostgreSQL (lock not available, 55P03). */
    private static final Set<String> BUSY = Set.of("HYT00", "55P03");

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
        try {
            Connection c = dataSource.getConnection();
            try {
                c.setAutoCommit(false);
                if (!lock(c, "NOWAIT")) {
                    log.info("Another node is loading data at start; waiting for it to finish (at most {})", maxWait);
                    c.rollback();
                    if (maxWait.isZero() || !waitForLock(c)) {
                        throw new IllegalStateException("Another node has held the startup lock for more than " + maxWait
                                + " (xomantoan.startup.lock-wait); not loading data at start");
                    }
                    log.info("Startup lock taken after {} ms", (System.nanoTime() - started) / 1_000_000);
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
    }

    /**
     * One blocking attempt: the database wakes this node when the other one releases the row, or
     * gives up after {@code maxWait}. The lock timeout is set for this wait only: on PostgreSQL for the
     * transaction ({@code SET LOCAL}), on H2 for the session and set back afterwards, so no setting stays
     * on a pooled connection.
     */
    private boolean waitForLock(Connection c) throws SQLException {
        long millis = Math.max(1, maxWait.toMillis());
        if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            execute(c, "SET LOCAL lock_timeout = " + millis);
            return lock(c, "");
        }
        String previous;
        try (PreparedStatement read = c.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'LOCK_TIMEOUT'");
             ResultSet rs = read.executeQuery()) {
            previous = rs.next() ? rs.getString(1) : "1000";
        }
        execute(c, "SET LOCK_TIMEOUT " + Math.min(millis, Integer.MAX_VALUE));
        try {
            return lock(c, "");
        } finally {
            execute(c, "SET LOCK_TIMEOUT " + Long.parseLong(previous.trim()));
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.execute();
        }
    }

    /** Locks the row; false when another node holds it ({@code NOWAIT}) or held it past the lock timeout. */
    private static boolean lock(Connection c, String waitClause) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT name FROM startup_lock WHERE name = 'loaders' FOR UPDATE " + waitClause)) {
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The startup_lock row is missing (see migration V16)");
                }
                return true;
            }
        } catch (SQLException e) {
            if (BUSY.contains(e.getSQLState())) {
                c.rollback();
                return false;
            }
            throw e;
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

    /** One step among the application runners: taking the lock first, releasing it last. */
    record Step(Runnable action, int order) implements ApplicationRunner, Ordered {

        @Override
        public void run(ApplicationArguments args) {
            action.run();
        }

        @Override
        public int getOrder() {
            return order;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Steps {

        @Bean
        Step takeStartupLock(StartupLock lock) {
            return new Step(lock::acquire, Ordered.HIGHEST_PRECEDENCE);
        }

        @Bean
        Step releaseStartupLock(StartupLock lock) {
            return new Step(lock::release, Ordered.LOWEST_PRECEDENCE);
        }
    }
}
