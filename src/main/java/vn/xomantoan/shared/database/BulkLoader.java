package vn.xomantoan.shared.database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
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
    private final DatabaseKind database;

    BulkLoader(DataSource dataSource, DatabaseKind database) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.database = database;
    }

    /** Inserts the rows (values in column order; null for SQL NULL). */
    public void load(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Sink sink = open(table, columns)) {
            rows.forEach(sink::add);
        }
    }

    /**
     * Opens a stream of rows into the table. On PostgreSQL one {@code COPY} runs while rows are added,
     * so the database stores them while the caller prepares the next ones; elsewhere the rows go in
     * JDBC batches. The rows are in once {@link Sink#close()} returns; {@link Sink#abort()} drops the
     * rows of an unfinished COPY (batches already sent stay, as with {@link #load}).
     */
    public Sink open(String table, List<String> columns) {
        if (database.postgres()) {
            return new CopySink("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)");
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        return new BatchSink(sql);
    }

    /** Rows on their way into one table. */
    public interface Sink extends AutoCloseable {
        void add(Object[] row);

        /** Sends what is left and finishes the load (nothing happens after {@link #abort()}). */
        @Override
        void close();

        /** Gives up: an unfinished COPY is cancelled and nothing more is sent. */
        void abort();
    }

    private final class BatchSink implements Sink {
        private final String sql;
        private final List<Object[]> batch = new java.util.ArrayList<>();
        private boolean aborted;

        BatchSink(String sql) {
            this.sql = sql;
        }

        @Override
        public void add(Object[] row) {
            batch.add(row);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        private void flush() {
            if (!batch.isEmpty()) {
                jdbc.batchUpdate(sql, batch);
                batch.clear();
            }
        }

        @Override
        public void close() {
            if (!aborted) {
                flush();
            }
        }

        @Override
        public void abort() {
            aborted = true;
            batch.clear();
        }
    }

    /** One COPY ... FROM STDIN fed with blocks of CSV as rows arrive. */
    private final class CopySink implements Sink {
        private static final int BLOCK = 64 * 1024;

        private final Connection connection;
        private final Object copy;
        private final StringBuilder csv = new StringBuilder(BLOCK + 4096);
        private boolean finished;

        CopySink(String copySql) {
            connection = DataSourceUtils.getConnection(dataSource);
            try {
                Object api = PgCopy.GET_COPY_API.invoke(connection.unwrap(PgCopy.CONNECTION));
                copy = PgCopy.COPY_IN.invoke(api, copySql);
            } catch (InvocationTargetException e) {
                DataSourceUtils.releaseConnection(connection, dataSource);
                throw new IllegalStateException("COPY failed: " + e.getCause().getMessage(), e.getCause());
            } catch (ReflectiveOperationException | SQLException | RuntimeException e) {
                DataSourceUtils.releaseConnection(connection, dataSource);
                throw new IllegalStateException("COPY is not available", e);
            }
        }

        @Override
        public void add(Object[] row) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                appendCsv(csv, row[i]);
            }
            csv.append('\n');
            if (csv.length() >= BLOCK) {
                send();
            }
        }

        private void send() {
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            csv.setLength(0);
            PgCopy.call(PgCopy.WRITE, copy, bytes, 0, bytes.length);
        }

        @Override
        public void close() {
            if (finished) {
                return;
            }
            boolean ended = false;
            try {
                if (csv.length() > 0) {
                    send();
                }
                PgCopy.call(PgCopy.END, copy);
                ended = true;
            } finally {
                if (!ended) {
                    abort();
                } else {
                    finished = true;
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
            }
        }

        @Override
        public void abort() {
            if (finished) {
                return;
            }
            finished = true;
            try {
                if (Boolean.TRUE.equals(PgCopy.call(PgCopy.IS_ACTIVE, copy))) {
                    PgCopy.call(PgCopy.CANCEL, copy);
                }
            } catch (RuntimeException e) {
                // the failure that made the caller give up is the one worth reporting
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }

    /** The PostgreSQL driver's copy API (a runtime dependency only, so reached by reflection). */
    private static final class PgCopy {
        static final Class<?> CONNECTION;
        static final Method GET_COPY_API;
        static final Method COPY_IN;
        static final Method WRITE;
        static final Method END;
        static final Method IS_ACTIVE;
        static final Method CANCEL;

        static {
            try {
                CONNECTION = Class.forName("org.postgresql.PGConnection");
                GET_COPY_API = CONNECTION.getMethod("getCopyAPI");
                COPY_IN = Class.forName("org.postgresql.copy.CopyManager").getMethod("copyIn", String.class);
                Class<?> copyIn = Class.forName("org.postgresql.copy.CopyIn");
                WRITE = copyIn.getMethod("writeToCopy", byte[].class, int.class, int.class);
                END = copyIn.getMethod("endCopy");
                IS_ACTIVE = copyIn.getMethod("isActive");
                CANCEL = copyIn.getMethod("cancelCopy");
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        static Object call(Method method, Object target, Object... args) {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("COPY failed: " + e.getCause().getMessage(), e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("COPY is not available", e);
            }
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
