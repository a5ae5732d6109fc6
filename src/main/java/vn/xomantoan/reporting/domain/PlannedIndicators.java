package vn.xomantoan.reporting.domain;

import vn.xomantoan.reporting.Indicator;
import vn.xomantoan.reporting.Measure;

import java.util.List;

/**
 * Indicators the catalogue names before any capability supplies them (recognition results from the
 * evaluation capability, household commitment coverage from commitments). They show "no data" until a
 * source with the same id is registered; the source's definition then replaces this one.
 */
final class PlannedIndicators {

    private PlannedIndicators() {
    }

    static final List<Indicator> ALL = List.of(
            Indicator.stock("evaluation.recognisedAreasPercent", "recognition", Measure.PERCENT, null),
            Indicator.stock("evaluation.recognisedCommunesPercent", "recognition", Measure.PERCENT, null),
            Indicator.stock("commitments.householdCoveragePercent", "households", Measure.PERCENT, null));
}
