package vn.xomantoan.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.xomantoan.support.Externals;
import vn.xomantoan.support.IntegrationTest;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL sessions plan every statement with its values, compile none to machine code and send
 * insert batches as multi-row statements; H2 sessions are left as they are.
 */
@IntegrationTest
class PostgresSessionSettingsTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatabaseKind database;

    @Test
    void postgresSessionsNeverUseAGenericPlan() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        if (Externals.onPostgres()) {
            assertThat(jdbc.sql("SHOW plan_cache_mode").query(String.class).single()).isEqualTo("force_custom_plan");
            assertThat(jdbc.sql("SHOW jit").query(String.class).single()).isEqualTo("off");
            assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
        } else {
            assertThat(pool.getConnectionInitSql()).isNull();
            assertThat(pool.getDataSourceProperties()).doesNotContainKey("reWriteBatchedInserts");
        }
        assertThat(database.postgres()).isEqualTo(Externals.onPostgres());
    }
}
