package vn.xomantoan.hotspots.reporting;

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
 * Hot spots designated in the period (by programme role, else by kind), those still listed at the end
 * of the period, and those designated in the period that are transformed or de-listed now. A hot spot
 * covering several units counts once for the unit (and once for each child it touches).
 */
@Component
class HotspotIndicatorSource implements IndicatorSource {

    private static final String FROM = "hotspot h JOIN hotspot_unit hu ON hu.hotspot_id = h.id JOIN unit_version u ON u.id = hu.unit_id";

    private final FactCounter counter;

    HotspotIndicatorSource(FactCounter counter) {
        this.counter = counter;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                Indicator.flow("hotspots.designated", "hotspots", Measure.COUNT, "/hotspots"),
                Indicator.flow("hotspots.keyAreas", "hotspots", Measure.COUNT, "/hotspots?kind=KEY_AREA"),
                Indicator.flow("hotspots.pilotCommunes", "hotspots", Measure.COUNT, "/hotspots/programme"),
                Indicator.flow("hotspots.selectedAreas", "hotspots", Measure.COUNT, "/hotspots/programme"),
                Indicator.flow("hotspots.transformed", "hotspots", Measure.COUNT, "/hotspots?status=TRANSFORMED"),
                Indicator.stock("hotspots.active", "hotspots", Measure.COUNT, "/hotspots?status=DESIGNATED"));
    }

    @Override
    public Map<String, Breakdown> compute(IndicatorQuery q) {
        // role (or "-")|kind|status
        FactCounts designated = counter.run(q, FactSql.of(FROM, "h.decision_date >= :periodFrom AND h.decision_date <= :periodTo",
                "CONCAT(CONCAT(CONCAT(CONCAT(COALESCE(h.programme_role, '-'), '|'), h.kind), '|'), h.status)", List.of())
                .distinct("h.id"));
        Map<String, Breakdown> v = new HashMap<>();
        v.put("hotspots.designated", designated.count());
        v.put("hotspots.keyAreas", designated.count(g -> g.startsWith("KEY_AREA|") || g.startsWith("-|KEY_AREA|")));
        v.put("hotspots.pilotCommunes", designated.count(g -> g.startsWith("PILOT_COMMUNE|")));
        v.put("hotspots.selectedAreas", designated.count(g -> g.startsWith("SELECTED_AREA|")));
        v.put("hotspots.transformed", designated.count(g -> g.endsWith("|TRANSFORMED") || g.endsWith("|DELISTED")));
        v.put("hotspots.active", counter.run(q, FactSql.of(FROM, "h.decision_date <= :stockDate"
                + " AND (h.delisting_date IS NULL OR h.delisting_date > :stockDate)", null, List.of()).distinct("h.id")).count());
        return v;
    }
}
