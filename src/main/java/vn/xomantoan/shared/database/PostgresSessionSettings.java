package vn.xomantoan.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Sessions on PostgreSQL plan every statement with its actual values. The driver turns statements run
 * five times into server-side prepared ones, and PostgreSQL may then switch to a generic plan made
 * without the values; for the indicator and fact queries (date ranges, a hundred path prefixes) such
 * a plan was measured running for more than twenty minutes where the planned one takes half a second.
 * Planning each time costs a fraction of a millisecond.
 *
 * <p>Sessions also run without JIT compilation ({@code xomantoan.database.jit}, off by default). The
 * planner compiles a statement whose estimated cost passes a threshold, and the evaluation's fact
 * statements over a province pass it by far: compiling the household coverage of one province took
 * 0.36–0.38 s of its 1.3–1.5 s, every run; the country's evaluation ran about 9 % faster without it
 * and the province's no slower.
 *
 * <p>The driver also sends JDBC batches of inserts as multi-row statements (storing an evaluation run
 * writes about 150,000 results for a province).
 */
@Component
class PostgresSessionSettings implements BeanPostProcessor, EnvironmentAware {

    static final String PLAN_EVERY_TIME = "set_config('plan_cache_mode', 'force_custom_plan', false)";
    static final String NO_JIT = "set_config('jit', 'off', false)";

    private boolean jit;

    @Override
    public void setEnvironment(Environment environment) {
        jit = environment.getProperty("xomantoan.database.jit", Boolean.class, false);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            if (pool.getConnectionInitSql() == null) {
                pool.setConnectionInitSql("SELECT " + PLAN_EVERY_TIME + (jit ? "" : ", " + NO_JIT));
            }
            pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
