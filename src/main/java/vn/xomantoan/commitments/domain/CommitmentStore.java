package vn.xomantoan.commitments.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Commitment and breach rows. */
@Repository
public class CommitmentStore {

    private static final RowMapper<CommitmentRecord> MAPPER = (rs, i) -> new CommitmentRecord(rs.getLong("id"),
            rs.getLong("campaign_id"), rs.getLong("household_id"), rs.getString("area_code"),
            rs.getDate("signed_on").toLocalDate(), rs.getString("signed_by"), rs.getString("recorded_by"),
            rs.getTimestamp("recorded_at").toLocalDateTime(), rs.getLong("row_version"));

    private static final RowMapper<Breach> BREACH = (rs, i) -> new Breach(rs.getLong("id"), rs.getLong("campaign_id"),
            rs.getInt("eval_year"), rs.getLong("household_id"), rs.getString("area_code"), rs.getDate("occurred_on").toLocalDate(),
            rs.getString("description"), rs.getObject("incident_id") == null ? null : rs.getLong("incident_id"),
            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toLocalDateTime());

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CommitmentStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<CommitmentRecord> byId(long id) {
        return jdbc.sql("SELECT * FROM commitment WHERE id = :id").param("id", id).query(MAPPER).optional();
    }

    public List<CommitmentRecord> ofHousehold(long householdId) {
        return jdbc.sql("SELECT * FROM commitment WHERE household_id = :h ORDER BY signed_on DESC")
                .param("h", householdId).query(MAPPER).list();
    }

    /** A household's commitment as its page lists it: the campaign's year and name with the record. */
    public record HouseholdCommitment(long id, long campaignId, int year, String campaignName,
                                      vn.xomantoan.commitments.CriteriaSet criteriaSet, String areaCode, LocalDate signedOn,
                                      String signedBy) {
    }

    /** The household's commitments in campaigns visible in the scope, latest year first (one query). */
    public List<HouseholdCommitment> historyOfHousehold(long householdId, vn.xomantoan.identity.UnitScope scope) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("h", householdId);
        return jdbc.sql("SELECT k.id, k.campaign_id, c.eval_year, c.name, c.criteria_set, k.area_code, k.signed_on, k.signed_by "
                        + "FROM commitment k JOIN commitment_campaign c ON c.id = k.campaign_id "
                        + "JOIN unit_version o ON o.id = c.owner_unit_id "
                        + "WHERE k.household_id = :h AND " + CampaignStore.visible(scope, params)
                        + " ORDER BY c.eval_year DESC, k.signed_on DESC")
                .params(params)
                .query((rs, i) -> new HouseholdCommitment(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        vn.xomantoan.commitments.CriteriaSet.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getDate(7).toLocalDate(), rs.getString(8)))
                .list();
    }

    public Optional<CommitmentRecord> of(long campaignId, long householdId) {
        return jdbc.sql("SELECT * FROM commitment WHERE campaign_id = :c AND household_id = :h")
                .param("c", campaignId).param("h", householdId).query(MAPPER).optional();
    }

    public Set<Long> signedAmong(long campaignId, List<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT household_id FROM commitment WHERE campaign_id = :c AND household_id IN (:ids)")
                .param("c", campaignId).param("ids", householdIds).query(Long.class).list());
    }

    public record NewCommitment(long householdId, LocalDate signedOn, String signedBy) {
    }

    void insertAll(long campaignId, String areaCode, List<NewCommitment> rows, String user) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        template.batchUpdate("INSERT INTO commitment (campaign_id, household_id, area_code, signed_on, signed_by, recorded_by, "
                        + "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows, 500,
                (ps, r) -> {
                    ps.setLong(1, campaignId);
                    ps.setLong(2, r.householdId());
                    ps.setString(3, areaCode);
                    ps.setDate(4, Date.valueOf(r.signedOn()));
                    ps.setString(5, r.signedBy());
                    ps.setString(6, user);
                    ps.setTimestamp(7, now);
                });
    }

    int updateDate(long id, long rowVersion, LocalDate signedOn, String signedBy, String user) {
        return jdbc.sql("UPDATE commitment SET signed_on = :d, signed_by = :by, recorded_by = :user, recorded_at = :at, "
                        + "row_version = row_version + 1 WHERE id = :id AND row_version = :v")
                .param("d", signedOn).param("by", signedBy).param("user", user).param("at", LocalDateTime.now())
                .param("id", id).param("v", rowVersion).update();
    }

    int delete(long id, long rowVersion) {
        return jdbc.sql("DELETE FROM commitment WHERE id = :id AND row_version = :v").param("id", id).param("v", rowVersion).update();
    }

    public List<Breach> breachesOfHousehold(long householdId) {
        return jdbc.sql("SELECT b.*, c.eval_year FROM commitment_breach b JOIN commitment_campaign c ON c.id = b.campaign_id "
                        + "WHERE b.household_id = :h ORDER BY b.occurred_on DESC")
                .param("h", householdId).query(BREACH).list();
    }

    public long breachesInArea(long campaignId, String areaCode) {
        return jdbc.sql("SELECT COUNT(*) FROM commitment_breach WHERE campaign_id = :c AND area_code = :a")
                .param("c", campaignId).param("a", areaCode).query(Long.class).single();
    }

    long insertBreach(long campaignId, long householdId, String areaCode, LocalDate occurredOn, String description,
                      Long incidentId, String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO commitment_breach (campaign_id, household_id, area_code, occurred_on, description, incident_id, "
                        + "recorded_by, recorded_at) VALUES (:c, :h, :a, :d, :desc, :inc, :user, :at)")
                .param("c", campaignId).param("h", householdId).param("a", areaCode).param("d", occurredOn)
                .param("desc", description).param("inc", incidentId, java.sql.Types.BIGINT).param("user", user).param("at", LocalDateTime.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }
}
