package vn.xomantoan.reporting.domain;

import org.springframework.stereotype.Component;
import vn.xomantoan.reporting.Breakdown;
import vn.xomantoan.reporting.FactCounter;
import vn.xomantoan.reporting.FactCounts;
import vn.xomantoan.reporting.FactSql;
import vn.xomantoan.reporting.Indicator;
import vn.xomantoan.reporting.IndicatorQuery;
import vn.xomantoan.reporting.IndicatorSource;
import vn.xomantoan.reporting.Measure;

import java.util.List;
import java.util.Map;

/**
 * Units of the hierarchy on the hierarchy date (the units capability cannot implement the SPI itself:
 * reporting depends on it). Counted on the published view {@code unit_version}.
 */
@Component
class UnitIndicators implements IndicatorSource {

    private final FactCounter counter;

    UnitIndicators(FactCounter counter) {
        this.counter = counter;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                Indicator.stock("units.districts", "units", Measure.COUNT, "/units?asOf={asOf}"),
                Indicator.stock("units.communes", "units", Measure.COUNT, "/units?asOf={asOf}"),
                Indicator.stock("units.residentialAreas", "units", Measure.COUNT, "/units?asOf={asOf}"));
    }

    @Override
    public Map<String, Breakdown> compute(IndicatorQuery query) {
        FactCounts counts = counter.run(query, FactSql.of("unit_version u",
                "u.level IN ('DISTRICT', 'COMMUNE', 'RESIDENTIAL_AREA') AND u.valid_from <= :asOf"
                        + " AND (u.valid_to IS NULL OR u.valid_to >= :asOf)", "u.level", List.of()).noCarry());
        return Map.of("units.districts", counts.count("DISTRICT"),
                "units.communes", counts.count("COMMUNE"),
                "units.residentialAreas", counts.count("RESIDENTIAL_AREA"));
    }
}
