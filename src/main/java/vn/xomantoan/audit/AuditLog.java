package vn.xomantoan.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDateTime;

/**
 * The audit trail: every write records who, when, what, and the state before and after. It runs in
 * the caller's transaction, so a change that rolls back leaves no audit row either.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void record(AuditAction action, String entityType, Object entityId, String summary, Object before, Object after) {
        jdbc.sql("""
                        INSERT INTO audit_event (occurred_at, username, action, entity_type, entity_id, summary, before_data, after_data)
                        VALUES (:at, :user, :action, :type, :id, :summary, :before, :after)""")
                .param("at", LocalDateTime.now())
                .param("user", currentUsername())
                .param("action", action.name())
                .param("type", entityType)
                .param("id", entityId == null ? null : entityId.toString())
                .param("summary", truncate(summary, 500))
                .param("before", toJson(before))
                .param("after", toJson(after))
                .update();
    }

    /** Records that someone read a record holding personal data. */
    public void recordRead(String entityType, Object entityId, String purpose) {
        jdbc.sql("""
                        INSERT INTO data_access_log (occurred_at, username, entity_type, entity_id, purpose)
                        VALUES (:at, :user, :type, :id, :purpose)""")
                .param("at", LocalDateTime.now())
                .param("user", currentUsername())
                .param("type", entityType)
                .param("id", entityId.toString())
                .param("purpose", purpose)
                .update();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
