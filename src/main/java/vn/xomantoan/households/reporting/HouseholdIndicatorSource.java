package vn.xomantoan.households.reporting;

import org.springframework.stereotype.Component;
import vn.xomantoan.reporting.Breakdown;
import vn.xomantoan.reporting.FactCounter;
import vn.xomantoan.reporting.FactSql;
import vn.xomantoan.reporting.Indicator;
import vn.xomantoan.reporting.IndicatorQuery;
import vn.xomantoan.reporting.IndicatorSource;
import vn.xomantoan.reporting.Measure;

import java.util.List;
import java.util.Map;

/** Households living in the unit at the end of the period, in the areas of the hierarchy date. */
@Component
class HouseholdIndicatorSource implements IndicatorSource {

    private final FactCounter counter;

    HouseholdIndicatorSource(FactCounter counter) {
        this.counter = counter;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(Indicator.stock("households.count", "households", Measure.COUNT, "/households?unit={unitCode}&asOf={asOf}"));
    }

    @Override
    public Map<String, Breakdown> compute(IndicatorQuery q) {
        // Count residences per area code first (a few thousand codes), then place the codes on the hierarchy date.
        // This class belongs to households, so it reads its own residence table (the view would also join household).
        return Map.of("households.count", counter.run(q, FactSql.of("""
                        (SELECT area_code, COUNT(*) AS households FROM household_residence
                         WHERE valid_from <= :stockDate AND (valid_to IS NULL OR valid_to >= :stockDate) GROUP BY area_code) r
                        JOIN unit_version u ON u.code = r.area_code AND u.level = 'RESIDENTIAL_AREA'
                         AND u.valid_from <= :asOf AND (u.valid_to IS NULL OR u.valid_to >= :asOf)""",
                null, null, List.of("r.households")).noCarry()).sum(g -> true, 0));
    }
}
