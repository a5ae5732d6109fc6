package vn.xomantoan.households.imports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xomantoan.shared.jobs.LeasedJobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The job table: every state change commits on its own, so progress is visible to every node at once
 * (also while a direct import holds its store transaction open for the whole file).
 */
@Component
class ImportJobs implements LeasedJobs {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    ImportJobs(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public String table() {
        return "household_import_job";
    }

    @Override
    public String abandonedAssignments() {
        return "status = 'FAILED', phase = 'FINISHED', failure = 'The node running the import stopped before it finished'";
    }

    long create(String kind, String username, String fileName, ImportMode mode, int estimatedRows) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO household_import_job (kind, username, file_name, mode, status, phase, total_rows, created_at)
                        VALUES (:kind, :user, :file, :mode, 'QUEUED', 'QUEUED', :total, :now)""")
                .param("kind", kind).param("user", username).param("file", truncate(fileName, 200)).param("mode", mode.name())
                .param("total", estimatedRows).param("now", LocalDateTime.now()).update(key, "id");
        return key.getKey().longValue();
    }

    void phase(long id, String phase) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql(
                        "UPDATE household_import_job SET status = 'RUNNING', phase = :phase WHERE id = :id")
                .param("phase", phase).param("id", id).update());
    }

    void progress(long id, int processed, int total) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql(
                        "UPDATE household_import_job SET processed_rows = :p, total_rows = :t WHERE id = :id")
                .param("p", processed).param("t", Math.max(total, processed)).param("id", id).update());
    }

    void finish(long id, String status, int stored, int errorRows, String failure) {
        jdbc.sql("""
                        UPDATE household_import_job SET status = :status, phase = 'FINISHED', stored_rows = :stored,
                               error_rows = :errors, finished_at = :now, failure = :failure, processed_rows = total_rows
                        WHERE id = :id""")
                .param("status", status).param("stored", stored).param("errors", errorRows).param("now", LocalDateTime.now())
                .param("failure", truncate(failure, 500)).param("id", id).update();
    }

    Optional<ImportJobView> find(long id) {
        return jdbc.sql("SELECT * FROM household_import_job WHERE id = :id").param("id", id).query((rs, n) -> view(rs)).optional();
    }

    private static ImportJobView view(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJobView(rs.getLong("id"), rs.getString("kind"), rs.getString("username"), rs.getString("file_name"),
                ImportMode.valueOf(rs.getString("mode")), rs.getString("status"), rs.getString("phase"), rs.getInt("total_rows"),
                rs.getInt("processed_rows"), rs.getInt("stored_rows"), rs.getInt("error_rows"),
                rs.getTimestamp("created_at").toLocalDateTime(), finished == null ? null : finished.toLocalDateTime(),
                rs.getString("failure"));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
