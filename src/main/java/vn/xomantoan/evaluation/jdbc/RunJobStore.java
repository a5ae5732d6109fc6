package vn.xomantoan.evaluation.jdbc;

import vn.xomantoan.shared.jobs.LeasedJobs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xomantoan.evaluation.domain.RunJob;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The evaluation job table. Every write commits on its own (a new transaction), so progress shows
 * while the run's own transaction is still open, and a failed run still records why it failed.
 */
@Component
public class RunJobStore implements LeasedJobs {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    @Override
    public String table() {
        return "eval_run_job";
    }

    /** The run page shows a failure starting with "eval." as that message. */
    @Override
    public String abandonedAssignments() {
        return "status = 'FAILED', phase = 'FAILED', failure = 'eval.error.abandoned'";
    }

    RunJobStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public long create(String unitCode, String unitName, int year, String username) {
        Long id = own.execute(s -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO eval_run_job (unit_code, unit_name, eval_year, username, status, phase, created_at)
                            VALUES (:code, :name, :year, :user, 'QUEUED', 'QUEUED', :now)""")
                    .param("code", unitCode).param("name", unitName).param("year", year).param("user", username)
                    .param("now", LocalDateTime.now()).update(key, "id");
            return key.getKey().longValue();
        });
        return id == null ? 0 : id;
    }

    public void progress(long id, String phase, int percent, int units) {
        own.executeWithoutResult(s -> jdbc.sql("""
                        UPDATE eval_run_job SET status = 'RUNNING', phase = :phase, percent = :percent,
                               units = CASE WHEN :units > 0 THEN :units ELSE units END WHERE id = :id""")
                .param("phase", phase).param("percent", percent).param("units", units).param("id", id).update());
    }

    public void done(long id, int units, int met, int notMet, int incomplete, long millis) {
        own.executeWithoutResult(s -> jdbc.sql("""
                        UPDATE eval_run_job SET status = 'DONE', phase = 'DONE', percent = 100, units = :units, met = :met,
                               not_met = :notMet, incomplete = :incomplete, millis = :millis, finished_at = :now WHERE id = :id""")
                .param("units", units).param("met", met).param("notMet", notMet).param("incomplete", incomplete)
                .param("millis", millis).param("now", LocalDateTime.now()).param("id", id).update());
    }

    public void failed(long id, String failure) {
        String text = failure == null ? "" : failure.length() > 500 ? failure.substring(0, 500) : failure;
        own.executeWithoutResult(s -> jdbc.sql("""
                        UPDATE eval_run_job SET status = 'FAILED', phase = 'FAILED', failure = :failure, finished_at = :now WHERE id = :id""")
                .param("failure", text).param("now", LocalDateTime.now()).param("id", id).update());
    }

    public Optional<RunJob> find(long id) {
        return jdbc.sql("SELECT * FROM eval_run_job WHERE id = :id").param("id", id).query((rs, n) -> {
            Timestamp finished = rs.getTimestamp("finished_at");
            long millis = rs.getLong("millis");
            return new RunJob(rs.getLong("id"), rs.getString("unit_code"), rs.getString("unit_name"), rs.getInt("eval_year"),
                    rs.getString("username"), rs.getString("status"), rs.getString("phase"), rs.getInt("percent"), rs.getInt("units"),
                    rs.getInt("met"), rs.getInt("not_met"), rs.getInt("incomplete"), rs.wasNull() ? null : millis,
                    rs.getString("failure"), rs.getTimestamp("created_at").toLocalDateTime(),
                    finished == null ? null : finished.toLocalDateTime());
        }).optional();
    }
}
