package vn.xomantoan.incidents.reporting;

import org.springframework.stereotype.Component;
import vn.xomantoan.incidents.CrimeClass;
import vn.xomantoan.reporting.Breakdown;
import vn.xomantoan.reporting.FactCounter;
import vn.xomantoan.reporting.FactCounts;
import vn.xomantoan.reporting.FactSql;
import vn.xomantoan.reporting.Indicator;
import vn.xomantoan.reporting.IndicatorQuery;
import vn.xomantoan.reporting.IndicatorSource;
import vn.xomantoan.reporting.Measure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Incidents in the period by category and crime class, placed where they happened (carried through reforms by area code). */
@Component
class IncidentIndicatorSource implements IndicatorSource {

    private static final String LIST = "/incidents?unit={unitId}&asOf={asOf}&from={from}&to={to}";

    private final FactCounter counter;

    IncidentIndicatorSource(FactCounter counter) {
        this.counter = counter;
    }

    @Override
    public List<Indicator> indicators() {
        List<Indicator> list = new ArrayList<>();
        list.add(Indicator.flow("incidents.total", "incidents", Measure.COUNT, LIST));
        list.add(Indicator.flow("incidents.crime", "incidents", Measure.COUNT, LIST + "&category=CRIME"));
        for (CrimeClass c : CrimeClass.values()) {
            list.add(Indicator.flow("incidents.crime." + c.name(), "incidents", Measure.COUNT,
                    LIST + "&category=CRIME&crimeClass=" + c.name()));
        }
        list.add(Indicator.flow("incidents.socialEvil", "incidents", Measure.COUNT, LIST + "&category=SOCIAL_EVIL"));
        return list;
    }

    @Override
    public Map<String, Breakdown> compute(IndicatorQuery q) {
        FactCounts c = counter.run(q, FactSql.of("incident r JOIN unit_version u ON u.id = r.unit_id",
                "r.occurred_on >= :periodFrom AND r.occurred_on <= :periodTo",
                "CONCAT(CONCAT(r.category_code, '|'), COALESCE(r.crime_class, ''))", List.of()));
        Map<String, Breakdown> v = new HashMap<>();
        v.put("incidents.total", c.count());
        v.put("incidents.crime", c.count(g -> g.startsWith("CRIME|")));
        for (CrimeClass k : CrimeClass.values()) {
            v.put("incidents.crime." + k.name(), c.count("CRIME|" + k.name()));
        }
        v.put("incidents.socialEvil", c.count(g -> g.startsWith("SOCIAL_EVIL|")));
        return v;
    }
}
