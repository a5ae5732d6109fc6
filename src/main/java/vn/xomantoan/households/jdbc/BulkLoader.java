package vn.xomantoan.households.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Loads many rows into one table: {@code COPY ... FROM STDIN} on PostgreSQL, JDBC batches elsewhere.
 * Runs on the connection of the current transaction, if any. The PostgreSQL driver is a runtime
 * dependency only, so its copy API is reached by reflection.
 */
@Component
public class BulkLoader {

    private static final int BATCH = 5_000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    BulkLoader(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public boolean onPostgres() {
        if (postgres == null) {
            postgres = Boolean.TRUE.equals(jdbc.execute((Connection c) -> {
                DatabaseMetaData meta = c.getMetaData();
                return meta.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            }));
        }
        return postgres;
    }

    /** Inserts the rows (values in column order; null for SQL NULL). */
    public void load(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (onPostgres()) {
            copy(table, columns, rows);
        } else {
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
            for (int from = 0; from < rows.size(); from += BATCH) {
                jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
            }
        }
    }

    private void copy(String table, List<String> columns, List<Object[]> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 96);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                appendCsv(csv, row[i]);
            }
            csv.append('\n');
        }
        copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)",
                new StringReader(csv.toString()));
    }

    /** Runs a COPY ... FROM STDIN statement with the reader's content; returns the rows loaded. */
    public long copyIn(String copySql, Reader data) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
            Object api = pgConnection.getMethod("getCopyAPI").invoke(connection.unwrap(pgConnection));
            Method copyIn = Class.forName("org.postgresql.copy.CopyManager").getMethod("copyIn", String.class, Reader.class);
            return (Long) copyIn.invoke(api, copySql, data);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("COPY failed: " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException | SQLException e) {
            throw new IllegalStateException("COPY is not available", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A value in PostgreSQL's CSV format: unquoted empty is NULL, strings are always quoted. */
    static void appendCsv(StringBuilder out, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof LocalDate || value instanceof LocalDateTime) {
            out.append(value);
            return;
        }
        if (value instanceof java.sql.Date d) {
            out.append(d.toLocalDate());
            return;
        }
        if (value instanceof java.sql.Timestamp t) {
            out.append(t.toLocalDateTime());
            return;
        }
        String s = value.toString();
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    public void restartIdentity(String table) {
        long next = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table, Long.class);
        jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
    }
}
