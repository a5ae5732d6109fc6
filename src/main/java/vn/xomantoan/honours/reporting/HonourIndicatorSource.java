package vn.xomantoan.honours.reporting;

import org.springframework.stereotype.Component;
import vn.xomantoan.honours.ExemplarSelection;
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

/** Self-governing models running in the period, exemplars selected and rewards decided in it. */
@Component
class HonourIndicatorSource implements IndicatorSource {

    private static final String PERIOD = "?unitId={unitId}&from={from}&to={to}";

    private final FactCounter counter;

    HonourIndicatorSource(FactCounter counter) {
        this.counter = counter;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                Indicator.flow("models.running", "honours", Measure.COUNT, "/honours" + PERIOD),
                Indicator.flow("exemplars.PROVINCE_LIST", "honours", Measure.COUNT, "/honours/exemplars" + PERIOD + "&type=PROVINCE_LIST"),
                Indicator.flow("exemplars.COMMUNE_SELECTION", "honours", Measure.COUNT,
                        "/honours/exemplars" + PERIOD + "&type=COMMUNE_SELECTION"),
                Indicator.flow("rewards.count", "honours", Measure.COUNT, "/honours/rewards" + PERIOD),
                Indicator.flow("rewards.collective", "honours", Measure.COUNT, "/honours/rewards" + PERIOD),
                Indicator.flow("rewards.individual", "honours", Measure.COUNT, "/honours/rewards" + PERIOD),
                Indicator.flow("rewards.amountVnd", "honours", Measure.VND, "/honours/rewards" + PERIOD));
    }

    @Override
    public Map<String, Breakdown> compute(IndicatorQuery q) {
        Map<String, Breakdown> v = new HashMap<>();
        v.put("models.running", counter.run(q, FactSql.of("self_governing_model r JOIN unit_version u ON u.id = r.unit_id",
                "r.started_on <= :periodTo AND (r.ended_on IS NULL OR r.ended_on >= :periodFrom)", null, List.of())).count());
        FactCounts exemplars = counter.run(q, FactSql.of("exemplar r JOIN unit_version u ON u.id = r.unit_id",
                "r.selected_on >= :periodFrom AND r.selected_on <= :periodTo", "r.selection", List.of()));
        for (ExemplarSelection s : ExemplarSelection.values()) {
            v.put("exemplars." + s.name(), exemplars.count(s.name()));
        }
        FactCounts rewards = counter.run(q, FactSql.of("reward r JOIN unit_version u ON u.id = r.unit_id",
                "r.decided_on >= :periodFrom AND r.decided_on <= :periodTo", "r.recipient_kind", List.of("r.amount_vnd")));
        v.put("rewards.count", rewards.count());
        v.put("rewards.collective", rewards.count("COLLECTIVE"));
        v.put("rewards.individual", rewards.count("INDIVIDUAL"));
        v.put("rewards.amountVnd", rewards.sum(g -> true, 0));
        return v;
    }
}
