package vn.xomantoan.evaluation.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/** Rows of {@code eval_alert}: a record that made a monitored case's criterion fail. */
@Repository
public class AlertStore {

    public record Alert(long id, long caseId, String criterionCode, String recordId, String recordLabel, String recordHref,
                        LocalDateTime raisedAt) {
    }

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the alert unless the same record already raised it for the criterion; true when new. */
    public boolean raise(long caseId, String criterionCode, String recordId, String label, String href) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM eval_alert WHERE case_id = :c AND criterion_code = :k AND record_id = :r")
                .param("c", caseId).param("k", criterionCode).param("r", recordId).query(Long.class).single() > 0;
        if (known) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO eval_alert (case_id, criterion_code, record_id, record_label, record_href, raised_at)
                        VALUES (:c, :k, :r, :label, :href, :at)""")
                .param("c", caseId).param("k", criterionCode).param("r", recordId)
                .param("label", label.length() > 300 ? label.substring(0, 299) + "…" : label).param("href", href)
                .param("at", LocalDateTime.now()).update();
        return true;
    }

    public List<Alert> forCase(long caseId) {
        return forCases(List.of(caseId));
    }

    public List<Alert> forCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM eval_alert WHERE case_id IN (:ids) ORDER BY raised_at DESC, id DESC")
                .param("ids", List.copyOf(caseIds))
                .query((rs, n) -> new Alert(rs.getLong("id"), rs.getLong("case_id"), rs.getString("criterion_code"),
                        rs.getString("record_id"), rs.getString("record_label"), rs.getString("record_href"),
                        rs.getTimestamp("raised_at").toLocalDateTime()))
                .list();
    }
}
