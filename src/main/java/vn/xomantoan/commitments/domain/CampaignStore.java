package vn.xomantoan.commitments.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.xomantoan.commitments.CriteriaSet;
import vn.xomantoan.commitments.SubjectKind;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.paging.Page;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Campaigns in the database. A campaign is visible to everyone whose scope lies inside its owner's
 * subtree (a provincial campaign reaches every commune and area) and to those above the owner.
 */
@Repository
public class CampaignStore {

    private static final String SELECT = """
            SELECT c.id, c.eval_year, c.subject_kind, c.owner_unit_id, o.code AS owner_code, o.name AS owner_name,
                   o.path AS owner_path, c.name, c.deadline, c.grace_days, c.criteria_set, c.template_id,
                   t.code AS template_code, t.version AS template_version, t.title AS template_title, c.row_version
            FROM commitment_campaign c
            JOIN unit_version o ON o.id = c.owner_unit_id
            JOIN commitment_template t ON t.id = c.template_id
            """;

    static final RowMapper<Campaign> MAPPER = (rs, i) -> new Campaign(rs.getLong("id"), rs.getInt("eval_year"),
            SubjectKind.valueOf(rs.getString("subject_kind")), rs.getLong("owner_unit_id"), rs.getString("owner_code"),
            rs.getString("owner_name"), rs.getString("owner_path"), rs.getString("name"),
            rs.getDate("deadline").toLocalDate(), rs.getInt("grace_days"), CriteriaSet.valueOf(rs.getString("criteria_set")),
            rs.getLong("template_id"), rs.getString("template_code"), rs.getInt("template_version"),
            rs.getString("template_title"), rs.getLong("row_version"));

    private final JdbcClient jdbc;

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scope condition on the owner {@code o}: the owner is inside the scope or above one of its roots. */
    static String visible(UnitScope scope, Map<String, Object> params) {
        if (scope.unrestricted()) {
            return "1=1";
        }
        if (scope.rootPaths().isEmpty()) {
            return "1=0";
        }
        StringBuilder sb = new StringBuilder("(").append(scope.sql("o.path", params));
        for (int i = 0; i < scope.rootPaths().size(); i++) {
            sb.append(" OR :anc").append(i).append(" LIKE CONCAT(o.path, '%')");
            params.put("anc" + i, scope.rootPaths().get(i));
        }
        return sb.append(")").toString();
    }

    public Optional<Campaign> byId(long id, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return jdbc.sql(SELECT + " WHERE c.id = :id AND " + visible(scope, params)).params(params).query(MAPPER).optional();
    }

    public Page<Campaign> search(Integer year, SubjectKind kind, String searchKey, int page, int size, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE ").append(visible(scope, params));
        if (year != null) {
            where.append(" AND c.eval_year = :year");
            params.put("year", year);
        }
        if (kind != null) {
            where.append(" AND c.subject_kind = :kind");
            params.put("kind", kind.name());
        }
        if (searchKey != null && !searchKey.isBlank()) {
            where.append(" AND c.search_key LIKE :q");
            params.put("q", "%" + searchKey + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM commitment_campaign c JOIN unit_version o ON o.id = c.owner_unit_id" + where)
                .params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Campaign> items = jdbc.sql(SELECT + where + " ORDER BY c.eval_year DESC, o.depth, c.subject_kind, c.id LIMIT :limit OFFSET :offset")
                .params(params).query(MAPPER).list();
        return new Page<>(items, page, size, total);
    }

    /** Campaigns of a year and kind, visible in the scope, most specific owner first. */
    public List<Campaign> ofYear(int year, SubjectKind kind, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("year", year);
        params.put("kind", kind.name());
        return jdbc.sql(SELECT + " WHERE c.eval_year = :year AND c.subject_kind = :kind AND " + visible(scope, params)
                        + " ORDER BY o.depth DESC, c.id")
                .params(params).query(MAPPER).list();
    }

    public boolean exists(int year, SubjectKind kind, long ownerUnitId, Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM commitment_campaign WHERE eval_year = :y AND subject_kind = :k AND owner_unit_id = :o"
                        + " AND id <> :except")
                .param("y", year).param("k", kind.name()).param("o", ownerUnitId).param("except", exceptId == null ? -1L : exceptId)
                .query(Long.class).single() > 0;
    }

    long insert(int year, SubjectKind kind, long ownerUnitId, String name, java.time.LocalDate deadline, int graceDays,
                CriteriaSet criteria, long templateId, String searchKey, String user) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO commitment_campaign (eval_year, subject_kind, owner_unit_id, name, deadline, grace_days, criteria_set,
                            template_id, search_key, created_at, created_by)
                        VALUES (:year, :kind, :owner, :name, :deadline, :grace, :criteria, :template, :sk, :at, :user)""")
                .param("year", year).param("kind", kind.name()).param("owner", ownerUnitId).param("name", name)
                .param("deadline", deadline).param("grace", graceDays).param("criteria", criteria.name())
                .param("template", templateId).param("sk", searchKey).param("at", LocalDateTime.now()).param("user", user)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    int update(long id, long rowVersion, String name, java.time.LocalDate deadline, int graceDays, long templateId, String searchKey) {
        return jdbc.sql("""
                        UPDATE commitment_campaign SET name = :name, deadline = :deadline, grace_days = :grace,
                            template_id = :template, search_key = :sk, row_version = row_version + 1
                        WHERE id = :id AND row_version = :v""")
                .param("name", name).param("deadline", deadline).param("grace", graceDays).param("template", templateId)
                .param("sk", searchKey).param("id", id).param("v", rowVersion).update();
    }
}
