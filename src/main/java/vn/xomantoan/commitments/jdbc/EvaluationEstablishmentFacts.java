package vn.xomantoan.commitments.jdbc;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.evaluation.FactRef;
import vn.xomantoan.evaluation.SecurityForceFacts;
import vn.xomantoan.evaluation.StaffFacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures units report in the year's unit-level campaign as facts for the staff-briefing,
 * subordinate-unit and security-force criteria. A unit with no figures has no value, which the
 * engine shows as missing data for a person to check.
 */
@Component
@ConditionalOnProperty(name = "xomantoan.evaluation.live-facts", havingValue = "true", matchIfMissing = true)
public class EvaluationEstablishmentFacts implements StaffFacts, SecurityForceFacts {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;

    EvaluationEstablishmentFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Staff> staff(Collection<String> unitCodes, int year) {
        Map<String, Staff> result = new HashMap<>();
        read(unitCodes, year, "f.headcount IS NOT NULL", (code, rs) -> result.put(code,
                new Staff(rs.getInt("headcount"), rs.getInt("briefed"), rs.getInt("committed"))));
        return result;
    }

    @Override
    public Map<String, Subunits> subunits(Collection<String> unitCodes, int year) {
        Map<String, Subunits> result = new HashMap<>();
        read(unitCodes, year, "f.subunits IS NOT NULL", (code, rs) -> result.put(code,
                new Subunits(rs.getInt("subunits"), rs.getInt("subunits_titled"), rs.getInt("disciplined_individuals"))));
        return result;
    }

    @Override
    public Map<String, ForceRating> ratings(Collection<String> unitCodes, int year) {
        Map<String, ForceRating> result = new HashMap<>();
        read(unitCodes, year, "f.force_rating IS NOT NULL", (code, rs) -> result.put(code,
                new ForceRating(Rating.valueOf(rs.getString("force_rating")), rs.getInt("force_disciplined"),
                        new FactRef(rs.getString("campaign_id") + ":" + code, rs.getString("rated_by") == null
                                ? "Xếp loại năm " + year : "Xếp loại năm " + year + " – " + rs.getString("rated_by"),
                                "/commitments/campaigns/" + rs.getLong("campaign_id") + "/units/" + code + "/figures"))));
        return result;
    }

    private interface Row {
        void accept(String code, ResultSet rs) throws SQLException;
    }

    private void read(Collection<String> unitCodes, int year, String condition, Row row) {
        List<String> codes = List.copyOf(unitCodes);
        for (int start = 0; start < codes.size(); start += CHUNK) {
            jdbc.sql("""
                            SELECT f.* FROM unit_year_figures f JOIN commitment_campaign c ON c.id = f.campaign_id
                            WHERE c.eval_year = :year AND f.unit_code IN (:codes) AND %s
                            ORDER BY f.recorded_at""".formatted(condition))
                    .param("year", year).param("codes", codes.subList(start, Math.min(codes.size(), start + CHUNK)))
                    .query(rs -> {
                        String code = rs.getString("unit_code");
                        row.accept(code, rs);
                    });
        }
    }
}
