package vn.xomantoan.commitments.reporting;

import org.springframework.stereotype.Component;
import vn.xomantoan.reporting.Breakdown;
import vn.xomantoan.reporting.FactCounter;
import vn.xomantoan.reporting.FactSql;
import vn.xomantoan.reporting.Indicator;
import vn.xomantoan.reporting.IndicatorQuery;
import vn.xomantoan.reporting.IndicatorSource;
import vn.xomantoan.reporting.Measure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Household commitment coverage at the end of the period: of the households living in the unit on
 * that day, how many had signed (or registered) in a household campaign of that year by then. Both
 * figures are counted per area code first (plain joins on indexed columns), then placed on the
 * hierarchy date, like the household count.
 */
@Component
class CoverageIndicatorSource implements IndicatorSource {

    private static final String PLACED = """
            JOIN unit_version u ON u.code = r.area_code AND u.level = 'RESIDENTIAL_AREA'
             AND u.valid_from <= :asOf AND (u.valid_to IS NULL OR u.valid_to >= :asOf)""";

    private final FactCounter counter;

    CoverageIndicatorSource(FactCounter counter) {
        this.counter = counter;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                Indicator.stock("commitments.householdsSigned", "households", Measure.COUNT, "/commitments"),
                Indicator.stock("commitments.householdCoveragePercent", "households", Measure.PERCENT, "/commitments"));
    }

    @Override
    public Map<String, Breakdown> compute(IndicatorQuery q) {
        Breakdown signed = counter.run(q, FactSql.of("""
                        (SELECT r.area_code, COUNT(DISTINCT r.household_id) AS signed
                         FROM commitment_campaign p JOIN commitment c ON c.campaign_id = p.id
                         JOIN household_residence r ON r.household_id = c.household_id
                         WHERE p.eval_year = :coverageYear AND p.subject_kind = 'HOUSEHOLD' AND c.signed_on <= :stockDate
                           AND r.valid_from <= :stockDate AND (r.valid_to IS NULL OR r.valid_to >= :stockDate)
                         GROUP BY r.area_code) r
                        """ + PLACED, null, null, List.of("r.signed")).with(Map.of("coverageYear", q.stockDate().getYear())).noCarry())
                .sum(g -> true, 0);
        Map<String, Breakdown> v = new HashMap<>();
        if (signed.total() == null || signed.total() == 0) {
            return v;
        }
        Breakdown households = counter.run(q, FactSql.of("""
                        (SELECT area_code, COUNT(*) AS households FROM household_residence
                         WHERE valid_from <= :stockDate AND (valid_to IS NULL OR valid_to >= :stockDate) GROUP BY area_code) r
                        """ + PLACED, null, null, List.of("r.households")).noCarry()).sum(g -> true, 0);
        v.put("commitments.householdsSigned", signed);
        Map<String, Long> share = new HashMap<>();
        households.byChild().forEach((child, n) -> share.put(child, n == 0 ? 0 : signed.child(child) * 10_000 / n));
        v.put("commitments.householdCoveragePercent", new Breakdown(signed.total() * 10_000 / Math.max(1, households.total()), share));
        return v;
    }
}
