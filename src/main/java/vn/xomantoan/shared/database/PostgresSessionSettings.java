package vn.xomantoan.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Sessions on PostgreSQL plan every statement with its actual values. The driver turns statements run
 * five times into server-side prepared ones, and PostgreSQL may then switch to a generic plan made
 * without the values; for the indicator and fact queries (date ranges, a hundred path prefixes) such
 * a plan was measured running for more than twenty minutes where the planned one takes half a second.
 * Planning each time costs a fraction of a millisecond.
 *
 * <p>The driver also sends JDBC batches of inserts as multi-row statements (storing an evaluation run
 * writes about 150,000 results for a province).
 */
@Component
class PostgresSessionSettings implements BeanPostProcessor {

    static final String INIT_SQL = "SET plan_cache_mode = force_custom_plan";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            if (pool.getConnectionInitSql() == null) {
                pool.setConnectionInitSql(INIT_SQL);
            }
            pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
