package vn.xomantoan.commitments;

import vn.xomantoan.units.UnitLevel;

import java.time.LocalDate;
import java.util.List;

/** Coverage of a household campaign for one unit on one date, with a line per child unit of that date. */
public record CommitmentCoverage(long campaignId, int year, CriteriaSet criteriaSet, long unitId, String unitCode,
                                 String unitName, UnitLevel level, LocalDate asOf, CoverageFigures totals,
                                 List<ChildCoverage> children) {
}
