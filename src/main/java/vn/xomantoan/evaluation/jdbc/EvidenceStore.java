package vn.xomantoan.evaluation.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Evidence attached to cases: notes, document references and uploaded files. */
@Component("evaluationEvidenceStore")
public class EvidenceStore {

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Evidence(long id, long caseId, String criterionCode, String kind, String title, String docNumber, LocalDate docDate,
                           String note, String fileName, String contentType, Long fileSize, String createdBy, LocalDateTime createdAt) {
    }

    public record StoredFile(String fileName, String contentType, byte[] content) {
    }

    public long insert(Evidence e, byte[] content) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO eval_evidence (case_id, criterion_code, kind, title, doc_number, doc_date, note, file_name, content_type,
                                                   file_size, content, created_by, created_at)
                        VALUES (:c, :code, :kind, :title, :num, :date, :note, :fname, :ctype, :size, :content, :user, :at)""")
                .param("c", e.caseId()).param("code", e.criterionCode()).param("kind", e.kind()).param("title", e.title())
                .param("num", e.docNumber()).param("date", e.docDate()).param("note", e.note()).param("fname", e.fileName())
                .param("ctype", e.contentType()).param("size", e.fileSize()).param("content", content)
                .param("user", e.createdBy()).param("at", LocalDateTime.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<Evidence> list(long caseId) {
        return jdbc.sql("""
                        SELECT id, case_id, criterion_code, kind, title, doc_number, doc_date, note, file_name, content_type, file_size,
                               created_by, created_at FROM eval_evidence WHERE case_id = :c ORDER BY created_at, id""")
                .param("c", caseId)
                .query((rs, i) -> new Evidence(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(), rs.getString(8), rs.getString(9),
                        rs.getString(10), (Long) rs.getObject(11, Long.class), rs.getString(12), rs.getTimestamp(13).toLocalDateTime()))
                .list();
    }

    public Optional<StoredFile> file(long caseId, long evidenceId) {
        return jdbc.sql("SELECT file_name, content_type, content FROM eval_evidence WHERE id = :id AND case_id = :c AND content IS NOT NULL")
                .param("id", evidenceId).param("c", caseId)
                .query((rs, i) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }
}
