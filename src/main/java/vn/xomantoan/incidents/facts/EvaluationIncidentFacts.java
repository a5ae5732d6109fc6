package vn.xomantoan.incidents.facts;

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
 * The incident log as facts for the evaluation criteria. The log's reference categories map onto the
 * criteria's: illegal strikes, state-secret breaches, complex disputes and crowd complaints are
 * security events (KDC-3, CQ-3); a security event counts only once the police have verified it.
 * Other law violations (KDC-4a) are not kept in the log, so that category is not supplied.
 * A verified drug use, gambling or prostitution case is also a person newly found with a social evil
 * (KDC-4c): the log records each detection, counted where it was made.
 */
@Component
@ConditionalOnProperty(name = "xomantoan.evaluation.live-facts", havingValue = "true", matchIfMissing = true)
public class EvaluationIncidentFacts implements IncidentFacts {

    private static final Map<String, SecurityEvent> EVENT_BY_SUBCATEGORY = Map.of(
            "SEC_ANTI_STATE", SecurityEvent.ANTI_STATE,
            "SEC_SABOTAGE", SecurityEvent.SABOTAGE,
            "SEC_ILLEGAL_RELIGION", SecurityEvent.UNLAWFUL_RELIGION,
            "SEC_EXPLOITATION", SecurityEvent.EXPLOITATION,
            "SEC_SEPARATISM", SecurityEvent.SEPARATISM,
            "SEC_DISPUTE", SecurityEvent.COMPLEX_DISPUTE,
            "SEC_INCITEMENT", SecurityEvent.INCITEMENT);

    private static final Map<String, SecurityEvent> EVENT_BY_CATEGORY = Map.of(
            "ILLEGAL_STRIKE", SecurityEvent.STRIKE,
            "STATE_SECRET", SecurityEvent.STATE_SECRET,
            "DISPUTE", SecurityEvent.COMPLEX_DISPUTE,
            "CROWD_COMPLAINT", SecurityEvent.MASS_COMPLAINT);

    private static final Map<String, Category> CATEGORY = Map.of(
            "CRIME", Category.CRIME,
            "SOCIAL_EVIL", Category.SOCIAL_EVIL,
            "FIRE", Category.FIRE_EXPLOSION,
            "TRAFFIC_ACCIDENT", Category.TRAFFIC_ACCIDENT,
            "LABOUR_ACCIDENT", Category.LABOUR_ACCIDENT,
            "SCHOOL_VIOLENCE", Category.SCHOOL_VIOLENCE,
            "SERIOUS_INCIDENT", Category.SERIOUS_INCIDENT);

    /** Social evils a person is "found with" (Circular 124 Art. 4.4.c), as opposed to superstition and the like. */
    private static final Set<String> PERSON_SOCIAL_EVILS = Set.of("SE_DRUG_USE", "SE_GAMBLING", "SE_PROSTITUTION");

    private final JdbcClient jdbc;

    EvaluationIncidentFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Category> categories() {
        Set<Category> supplied = EnumSet.copyOf(CATEGORY.values());
        supplied.add(Category.SECURITY_EVENT);
        supplied.add(Category.NEW_SOCIAL_EVIL_PERSON);
        return supplied;
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
                SELECT i.id, i.occurred_on, i.category_code, i.subcategory_code, i.crime_class, i.serious, i.force_majeure,
                       i.handled_promptly, i.status, i.summary, u.path
                FROM incident i JOIN unit_version u ON u.id = i.unit_id
                WHERE i.occurred_on >= :from AND i.occurred_on <= :to AND %s
                """.formatted(matcher.pathFilter("u.path", params));
        List<Incident> result = new ArrayList<>();
        jdbc.sql(sql).params(params).query(rs -> {
            LocalDate on = rs.getObject(2, LocalDate.class);
            String categoryCode = rs.getString(3);
            String sub = rs.getString(4);
            Category category = CATEGORY.get(categoryCode);
            SecurityEvent event = null;
            if (category == null) {
                event = "SECURITY_EVENT".equals(categoryCode) ? EVENT_BY_SUBCATEGORY.get(sub) : EVENT_BY_CATEGORY.get(categoryCode);
                if (event == null || "REPORTED".equals(rs.getString(9))) {
                    return;
                }
                category = Category.SECURITY_EVENT;
            }
            String crimeClass = rs.getString(5);
            String id = Long.toString(rs.getLong(1));
            String label = WebDates.format(on) + " – " + shorten(rs.getString(10));
            boolean newPerson = category == Category.SOCIAL_EVIL && sub != null && PERSON_SOCIAL_EVILS.contains(sub) && !"REPORTED".equals(rs.getString(9));
            for (String code : matcher.codesOf(rs.getString(11), on)) {
                result.add(new Incident(code, id, on, category,
                        category == Category.CRIME && crimeClass != null ? CrimeClass.valueOf(crimeClass) : null,
                        event, rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), label, "/incidents/" + id));
                if (newPerson) {
                    result.add(new Incident(code, id, on, Category.NEW_SOCIAL_EVIL_PERSON, null, null, rs.getBoolean(6), rs.getBoolean(7),
                            rs.getBoolean(8), label, "/incidents/" + id));
                }
            }
        });
        return result;
    }

    private static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
}
