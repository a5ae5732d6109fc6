package vn.xomantoan.honours;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.xomantoan.identity.UnitDirectory;
import vn.xomantoan.identity.UnitScope;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For the evaluation engine (criteria XA-1b, CQ-1e, GD-1e): the self-governing models of a unit
 * (its subtree, including the units it succeeded) active during a year, with that year's rating.
 */
@Service
public class SelfGoverningModels {

    public record ActiveModel(long id, String name, ModelType type, long unitId, String unitCode, String unitName,
                              LocalDate startedOn, int members, ModelRating rating) {
    }

    private final JdbcClient jdbc;
    private final UnitDirectory directory;

    SelfGoverningModels(JdbcClient jdbc, UnitDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    public List<ActiveModel> activeIn(long unitVersionId, int year) {
        List<String> roots = UnitScope.of(directory.lineagePaths(unitVersionId)).rootPaths();
        Map<String, Object> params = new HashMap<>();
        StringBuilder paths = new StringBuilder();
        for (int i = 0; i < roots.size(); i++) {
            paths.append(i > 0 ? " OR " : "").append("u.path LIKE :p").append(i);
            params.put("p" + i, roots.get(i) + "%");
        }
        if (roots.isEmpty()) {
            return List.of();
        }
        params.put("yearEnd", LocalDate.of(year, 12, 31));
        params.put("yearStart", LocalDate.of(year, 1, 1));
        params.put("year", year);
        return jdbc.sql("""
                        SELECT m.id, m.name, m.model_type, u.id, u.code, u.name, m.started_on, m.members, mr.rating
                        FROM self_governing_model m JOIN unit_version u ON u.id = m.unit_id
                        LEFT JOIN model_rating mr ON mr.model_id = m.id AND mr.rating_year = :year
                        WHERE (%s) AND m.started_on <= :yearEnd AND (m.ended_on IS NULL OR m.ended_on >= :yearStart)
                        ORDER BY m.sort_key, m.id""".formatted(paths)).params(params)
                .query((rs, n) -> new ActiveModel(rs.getLong(1), rs.getString(2), ModelType.valueOf(rs.getString(3)), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getInt(8),
                        rs.getString(9) == null ? null : ModelRating.valueOf(rs.getString(9)))).list();
    }
}
