package vn.xomantoan.commitments.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.xomantoan.commitments.CriteriaSet;
import vn.xomantoan.commitments.SubjectKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Form templates: every version is kept, campaigns point at the version they chose. */
@Repository
public class FormTemplateStore {

    private static final String SELECT = "SELECT id, code, version, title, criteria_set, subject_kind, valid_from, body, "
            + "commitments_text, created_at, created_by FROM commitment_template ";

    private static final RowMapper<FormTemplate> MAPPER = (rs, i) -> new FormTemplate(rs.getLong("id"), rs.getString("code"),
            rs.getInt("version"), rs.getString("title"), CriteriaSet.valueOf(rs.getString("criteria_set")),
            SubjectKind.valueOf(rs.getString("subject_kind")), rs.getDate("valid_from").toLocalDate(), rs.getString("body"),
            rs.getString("commitments_text"), rs.getTimestamp("created_at").toLocalDateTime(), rs.getString("created_by"));

    private final JdbcClient jdbc;

    FormTemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<FormTemplate> byId(long id) {
        return jdbc.sql(SELECT + "WHERE id = :id").param("id", id).query(MAPPER).optional();
    }

    /** The newest version of every template code. */
    public List<FormTemplate> latest() {
        return jdbc.sql(SELECT + "t WHERE version = (SELECT MAX(v.version) FROM commitment_template v WHERE v.code = t.code) "
                + "ORDER BY criteria_set, code").query(MAPPER).list();
    }

    public List<FormTemplate> versions(String code) {
        return jdbc.sql(SELECT + "WHERE code = :code ORDER BY version DESC").param("code", code).query(MAPPER).list();
    }

    /** Templates a campaign of this criteria set and kind may use (every version, newest first). */
    public List<FormTemplate> usable(CriteriaSet criteria, SubjectKind kind) {
        return jdbc.sql(SELECT + "WHERE criteria_set = :c AND subject_kind = :k ORDER BY code, version DESC")
                .param("c", criteria.name()).param("k", kind.name()).query(MAPPER).list();
    }

    public Optional<FormTemplate> newestUsable(CriteriaSet criteria, SubjectKind kind) {
        return jdbc.sql(SELECT + "WHERE criteria_set = :c AND subject_kind = :k ORDER BY valid_from DESC, version DESC LIMIT 1")
                .param("c", criteria.name()).param("k", kind.name()).query(MAPPER).optional();
    }

    int newestVersion(String code) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM commitment_template WHERE code = :code")
                .param("code", code).query(Integer.class).single();
    }

    long insert(String code, int version, String title, CriteriaSet criteria, SubjectKind kind, LocalDate validFrom,
                String body, String commitmentsText, String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO commitment_template (code, version, title, criteria_set, subject_kind, valid_from, body,
                            commitments_text, created_at, created_by)
                        VALUES (:code, :version, :title, :criteria, :kind, :from, :body, :text, :at, :user)""")
                .param("code", code).param("version", version).param("title", title).param("criteria", criteria.name())
                .param("kind", kind.name()).param("from", validFrom).param("body", body).param("text", commitmentsText)
                .param("at", LocalDateTime.now()).param("user", user)
                .update(keys, "id");
        return keys.getKey().longValue();
    }
}
