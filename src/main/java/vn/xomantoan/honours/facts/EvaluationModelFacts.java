package vn.xomantoan.honours.facts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.evaluation.ModelFacts;
import vn.xomantoan.evaluation.PlaceMatcher;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Self-governing models as facts for XA-1b, CQ-1e, GD-1e: the models active during the year in a
 * unit's territory (on the last day the model was active in the year), effective when the year's
 * rating is excellent or good.
 */
@Component
@ConditionalOnProperty(name = "xomantoan.evaluation.live-facts", havingValue = "true", matchIfMissing = true)
public class EvaluationModelFacts implements ModelFacts {

    private final JdbcClient jdbc;

    EvaluationModelFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Model>> models(Collection<String> unitCodes, int year) {
        PlaceMatcher matcher = PlaceMatcher.of(jdbc, unitCodes);
        Map<String, List<Model>> result = new HashMap<>();
        if (matcher.isEmpty()) {
            return result;
        }
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Map<String, Object> params = new HashMap<>();
        params.put("yearStart", yearStart);
        params.put("yearEnd", yearEnd);
        params.put("year", year);
        String sql = """
                SELECT m.id, m.name, mr.rating, m.ended_on, u.path, u.valid_from, u.valid_to
                FROM self_governing_model m JOIN unit_version u ON u.id = m.unit_id
                LEFT JOIN model_rating mr ON mr.model_id = m.id AND mr.rating_year = :year
                WHERE m.started_on <= :yearEnd AND (m.ended_on IS NULL OR m.ended_on >= :yearStart) AND %s
                ORDER BY m.sort_key, m.id
                """.formatted(matcher.pathFilter("u.path", params));
        jdbc.sql(sql).params(params).query(rs -> {
            String rating = rs.getString(3);
            boolean effective = "EXCELLENT".equals(rating) || "GOOD".equals(rating);
            LocalDate ended = rs.getObject(4, LocalDate.class);
            LocalDate unitTo = rs.getObject(7, LocalDate.class);
            LocalDate on = earliest(yearEnd, ended, unitTo);
            LocalDate unitFrom = rs.getObject(6, LocalDate.class);
            if (on.isBefore(unitFrom)) {
                on = unitFrom;
            }
            String id = Long.toString(rs.getLong(1));
            Model model = new Model(id, rs.getString(2), effective, "/honours?model=" + id);
            for (String code : matcher.codesOf(rs.getString(5), on)) {
                result.computeIfAbsent(code, k -> new ArrayList<>()).add(model);
            }
        });
        return result;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate min = a;
        if (b != null && b.isBefore(min)) {
            min = b;
        }
        if (c != null && c.isBefore(min)) {
            min = c;
        }
        return min;
    }
}
