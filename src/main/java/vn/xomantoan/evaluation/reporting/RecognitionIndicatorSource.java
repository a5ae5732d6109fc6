package vn.xomantoan.evaluation.reporting;

import org.springframework.stereotype.Component;
import vn.xomantoan.reporting.Breakdown;
import vn.xomantoan.reporting.FactCounter;
import vn.xomantoan.reporting.FactCounts;
import vn.xomantoan.reporting.FactSql;
import vn.xomantoan.reporting.Indicator;
import vn.xomantoan.reporting.IndicatorQuery;
import vn.xomantoan.reporting.IndicatorSource;
import vn.xomantoan.reporting.Measure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognition results for reporting: of the residential areas (communes) whose case was decided in
 * the period, how many were recognised, and the share. One grouped count per unit kind.
 */
@Component
class RecognitionIndicatorSource implements IndicatorSource {

    private static final String FROM = "eval_case c JOIN unit_version u ON u.id = c.unit_version_id";

    private final FactCounter counter;

    RecognitionIndicatorSource(FactCounter counter) {
        this.counter = counter;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                Indicator.flow("evaluation.recognisedAreas", "recognition", Measure.COUNT, "/evaluation"),
                Indicator.flow("evaluation.recognisedAreasPercent", "recognition", Measure.PERCENT, "/evaluation"),
                Indicator.flow("evaluation.recognisedCommunes", "recognition", Measure.COUNT, "/evaluation"),
                Indicator.flow("evaluation.recognisedCommunesPercent", "recognition", Measure.PERCENT, "/evaluation"));
    }

    @Override
    public Map<String, Breakdown> compute(IndicatorQuery q) {
        Map<String, Breakdown> v = new HashMap<>();
        add(v, q, "RESIDENTIAL_AREA", "evaluation.recognisedAreas");
        add(v, q, "COMMUNE", "evaluation.recognisedCommunes");
        return v;
    }

    private void add(Map<String, Breakdown> v, IndicatorQuery q, String kind, String id) {
        FactCounts decided = counter.run(q, FactSql.of(FROM, "c.unit_kind = :kind AND c.decided_on >= :periodFrom AND c.decided_on <= :periodTo"
                + " AND c.outcome IS NOT NULL", "c.outcome", List.of()).with(Map.of("kind", kind)));
        Breakdown all = decided.count();
        Breakdown recognised = decided.count("RECOGNISED");
        if (all.total() == null || all.total() == 0) {
            return;
        }
        v.put(id, recognised);
        Map<String, Long> share = new HashMap<>();
        all.byChild().forEach((child, n) -> share.put(child, n == 0 ? 0 : recognised.child(child) * 10_000 / n));
        v.put(id + "Percent", new Breakdown(recognised.total() * 10_000 / all.total(), share));
    }
}
