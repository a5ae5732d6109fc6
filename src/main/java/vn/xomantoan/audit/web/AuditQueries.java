package vn.xomantoan.audit.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.shared.paging.Page;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the audit trail and the personal-data access log with plain SQL: one filtered, paged query
 * each, newest first (both tables are indexed by occurred_at).
 */
@Component
@Transactional(readOnly = true)
class AuditQueries {

    record EventRow(long id, LocalDateTime occurredAt, String username, String action, String entityType,
                    String entityId, String summary) {
    }

    record EventDetail(long id, LocalDateTime occurredAt, String username, String action, String entityType,
                       String entityId, String summary, String beforeData, String afterData) {
    }

    record ReadRow(long id, LocalDateTime occurredAt, String username, String entityType, String entityId,
                   String purpose) {
    }

    private static final String ORDER_AND_PAGE = " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset";

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<EventRow> events(AuditFilter f) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        common(f, "summary", where, params);
        if (f.action() != null) {
            where.append(" AND action = :action");
            params.put("action", f.action().name());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_event" + where).params(params).query(Long.class).single();
        params.put("limit", f.size());
        params.put("offset", (long) f.page() * f.size());
        List<EventRow> rows = jdbc.sql("""
                        SELECT id, occurred_at, username, action, entity_type, entity_id, summary
                        FROM audit_event""" + where + ORDER_AND_PAGE)
                .params(params).query(EventRow.class).list();
        return new Page<>(rows, f.page(), f.size(), total);
    }

    Optional<EventDetail> event(long id) {
        return jdbc.sql("""
                        SELECT id, occurred_at, username, action, entity_type, entity_id, summary, before_data, after_data
                        FROM audit_event WHERE id = :id""")
                .param("id", id).query(EventDetail.class).optional();
    }

    Page<ReadRow> reads(AuditFilter f) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        common(f, "purpose", where, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM data_access_log" + where).params(params).query(Long.class).single();
        params.put("limit", f.size());
        params.put("offset", (long) f.page() * f.size());
        List<ReadRow> rows = jdbc.sql("""
                        SELECT id, occurred_at, username, entity_type, entity_id, purpose
                        FROM data_access_log""" + where + ORDER_AND_PAGE)
                .params(params).query(ReadRow.class).list();
        return new Page<>(rows, f.page(), f.size(), total);
    }

    /** The entity types that occur in a table, for the filter's select (an index-only scan). */
    List<String> entityTypes(boolean reads) {
        String table = reads ? "data_access_log" : "audit_event";
        return jdbc.sql("SELECT DISTINCT entity_type FROM " + table + " ORDER BY entity_type").query(String.class).list();
    }

    /** Conditions both logs share: user, entity, time range and free text on one column. */
    private static void common(AuditFilter f, String textColumn, StringBuilder where, Map<String, Object> params) {
        if (f.username() != null) {
            where.append(" AND LOWER(username) LIKE :username ESCAPE '\\'");
            params.put("username", "%" + likeEscape(f.username().toLowerCase(Locale.ROOT)) + "%");
        }
        if (f.entityType() != null) {
            where.append(" AND entity_type = :entityType");
            params.put("entityType", f.entityType());
        }
        if (f.entityId() != null) {
            where.append(" AND entity_id = :entityId");
            params.put("entityId", f.entityId());
        }
        if (f.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.put("from", f.from().atStartOfDay());
        }
        if (f.to() != null) {
            where.append(" AND occurred_at < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay());
        }
        if (f.text() != null) {
            where.append(" AND LOWER(").append(textColumn).append(") LIKE :text ESCAPE '\\'");
            params.put("text", "%" + likeEscape(f.text().toLowerCase(Locale.ROOT)) + "%");
        }
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
