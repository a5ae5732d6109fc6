package vn.xomantoan.shared.database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;

/** Which database the application runs on, for the few statements written twice (PostgreSQL and the embedded H2). */
@Component
public class DatabaseKind {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    DatabaseKind(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public boolean postgres() {
        if (postgres == null) {
            postgres = Boolean.TRUE.equals(jdbc.execute((Connection c) -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
        }
        return postgres;
    }
}
