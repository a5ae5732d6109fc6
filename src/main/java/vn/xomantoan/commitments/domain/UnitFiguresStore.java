package vn.xomantoan.commitments.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.xomantoan.commitments.ForceRating;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;

/** Rows of {@code unit_year_figures}. */
@Repository
class UnitFiguresStore {

    private static final RowMapper<UnitFigures> MAPPER = (rs, i) -> new UnitFigures(rs.getLong("id"), rs.getLong("campaign_id"),
            rs.getString("unit_code"), integer(rs, "headcount"), integer(rs, "briefed"), integer(rs, "committed"),
            integer(rs, "subunits"), integer(rs, "subunits_titled"), integer(rs, "disciplined_individuals"),
            rs.getString("force_rating") == null ? null : ForceRating.valueOf(rs.getString("force_rating")),
            integer(rs, "force_disciplined"), rs.getString("rated_by"), rs.getString("recorded_by"),
            rs.getTimestamp("recorded_at").toLocalDateTime(), rs.getLong("row_version"));

    private final JdbcClient jdbc;

    UnitFiguresStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    Optional<UnitFigures> find(long campaignId, String unitCode) {
        return jdbc.sql("SELECT * FROM unit_year_figures WHERE campaign_id = :c AND unit_code = :u")
                .param("c", campaignId).param("u", unitCode).query(MAPPER).optional();
    }

    void insert(long campaignId, String unitCode, UnitFigures.Draft d, String user) {
        bind(jdbc.sql("""
                INSERT INTO unit_year_figures (campaign_id, unit_code, headcount, briefed, committed, subunits, subunits_titled,
                    disciplined_individuals, force_rating, force_disciplined, rated_by, recorded_by, recorded_at)
                VALUES (:c, :u, :headcount, :briefed, :committed, :subunits, :titled, :disciplined, :rating, :forceDisciplined,
                    :ratedBy, :user, :at)"""), d, user).param("c", campaignId).param("u", unitCode).update();
    }

    int update(long id, long rowVersion, UnitFigures.Draft d, String user) {
        return bind(jdbc.sql("""
                UPDATE unit_year_figures SET headcount = :headcount, briefed = :briefed, committed = :committed, subunits = :subunits,
                    subunits_titled = :titled, disciplined_individuals = :disciplined, force_rating = :rating,
                    force_disciplined = :forceDisciplined, rated_by = :ratedBy, recorded_by = :user, recorded_at = :at,
                    row_version = row_version + 1
                WHERE id = :id AND row_version = :v"""), d, user).param("id", id).param("v", rowVersion).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, UnitFigures.Draft d, String user) {
        return spec.param("headcount", d.headcount()).param("briefed", d.briefed()).param("committed", d.committed())
                .param("subunits", d.subunits()).param("titled", d.subunitsTitled()).param("disciplined", d.disciplinedIndividuals())
                .param("rating", d.forceRating() == null ? null : d.forceRating().name()).param("forceDisciplined", d.forceDisciplined())
                .param("ratedBy", d.ratedBy()).param("user", user).param("at", LocalDateTime.now());
    }
}
