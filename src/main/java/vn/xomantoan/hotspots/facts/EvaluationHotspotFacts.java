package vn.xomantoan.hotspots.facts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.evaluation.IncidentFacts;
import vn.xomantoan.evaluation.PlaceMatcher;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * New complex spots on social order (KDC-4c, XA-2): a complex or drug spot counts on the date of the
 * decision that designated it, in every unit it covers. Key areas of a programme are not "new spots".
 */
@Component
@ConditionalOnProperty(name = "xomantoan.evaluation.live-facts", havingValue = "true", matchIfMissing = true)
public class EvaluationHotspotFacts implements IncidentFacts {

    private final JdbcClient jdbc;

    EvaluationHotspotFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Category> categories() {
        return EnumSet.of(Category.NEW_COMPLEX_SPOT);
    }

    @Override
    public List<Incident> incidents(Collection<String> unitCodes, LocalDate from, LocalDate to) {
        PlaceMatcher matcher = PlaceMatcher.of(jdbc, unitCodes);
        if (matcher.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        String sql = """
                SELECT h.id, h.decision_date, h.name, h.decision_no, u.path
                FROM hotspot h JOIN hotspot_unit hu ON hu.hotspot_id = h.id JOIN unit_version u ON u.id = hu.unit_id
                WHERE h.kind IN ('COMPLEX_SPOT', 'DRUG_SPOT') AND h.decision_date >= :from AND h.decision_date <= :to AND %s
                """.formatted(matcher.pathFilter("u.path", params));
        List<Incident> result = new ArrayList<>();
        jdbc.sql(sql).params(params).query(rs -> {
            LocalDate on = rs.getObject(2, LocalDate.class);
            String id = Long.toString(rs.getLong(1));
            String label = rs.getString(3) + " (" + rs.getString(4) + ", " + WebDates.format(on) + ")";
            for (String code : matcher.codesOf(rs.getString(5), on)) {
                result.add(new Incident(code, id, on, Category.NEW_COMPLEX_SPOT, null, null, false, false, false,
                        label, "/hotspots/" + id));
            }
        });
        return result;
    }
}
