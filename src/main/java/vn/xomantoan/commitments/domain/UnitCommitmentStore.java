package vn.xomantoan.commitments.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rows of {@code unit_commitment}. */
@Repository
public class UnitCommitmentStore {

    private static final RowMapper<UnitCommitment> MAPPER = (rs, i) -> new UnitCommitment(rs.getLong("id"),
            rs.getLong("campaign_id"), rs.getString("unit_code"), rs.getDate("signed_on").toLocalDate(), rs.getString("signed_by"),
            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toLocalDateTime(), rs.getLong("row_version"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    UnitCommitmentStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<UnitCommitment> byId(long id) {
        return jdbc.sql("SELECT * FROM unit_commitment WHERE id = :id").param("id", id).query(MAPPER).optional();
    }

    Set<String> recordedAmong(long campaignId, List<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT unit_code FROM unit_commitment WHERE campaign_id = :c AND unit_code IN (:codes)")
                .param("c", campaignId).param("codes", codes).query(String.class).list());
    }

    record NewUnitCommitment(String unitCode, String signedBy) {
    }

    void insertAll(long campaignId, LocalDate signedOn, List<NewUnitCommitment> rows, String user) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        template.batchUpdate("INSERT INTO unit_commitment (campaign_id, unit_code, signed_on, signed_by, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", rows, 500,
                (ps, r) -> {
                    ps.setLong(1, campaignId);
                    ps.setString(2, r.unitCode());
                    ps.setDate(3, Date.valueOf(signedOn));
                    ps.setString(4, r.signedBy());
                    ps.setString(5, user);
                    ps.setTimestamp(6, now);
                });
    }

    int update(long id, long rowVersion, LocalDate signedOn, String signedBy, String user) {
        return jdbc.sql("UPDATE unit_commitment SET signed_on = :d, signed_by = :by, recorded_by = :user, recorded_at = :at, "
                        + "row_version = row_version + 1 WHERE id = :id AND row_version = :v")
                .param("d", signedOn).param("by", signedBy).param("user", user).param("at", LocalDateTime.now())
                .param("id", id).param("v", rowVersion).update();
    }

    int delete(long id, long rowVersion) {
        return jdbc.sql("DELETE FROM unit_commitment WHERE id = :id AND row_version = :v").param("id", id).param("v", rowVersion).update();
    }
}
