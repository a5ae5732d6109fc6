package vn.xomantoan.shared.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.shared.database.DatabaseKind;

/**
 * After the first-start loaders (still under the start-up lock), gives PostgreSQL statistics for
 * tables that have never been analysed. Autovacuum gets there on its own, but minutes later: until
 * then the planner guesses the size of tables that were just filled with hundreds of thousands of rows
 * (demo data, a restore) and the indicator queries take seconds instead of milliseconds.
 */
@Component
class FreshStatistics implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(FreshStatistics.class);

    private final JdbcClient jdbc;
    private final DatabaseKind database;

    FreshStatistics(JdbcClient jdbc, DatabaseKind database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!database.postgres()) {
            return;
        }
        long never = jdbc.sql("""
                        SELECT COUNT(*) FROM pg_stat_user_tables
                        WHERE schemaname = current_schema() AND n_mod_since_analyze > 1000 AND last_analyze IS NULL AND last_autoanalyze IS NULL""")
                .query(Long.class).single();
        if (never > 0) {
            long start = System.nanoTime();
            jdbc.sql("ANALYZE").update();
            log.info("Statistics gathered for {} table(s) never analysed, in {} ms", never, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** After every loader, before the start-up lock is released. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
