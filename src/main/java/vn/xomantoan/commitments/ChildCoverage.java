package vn.xomantoan.commitments;

import vn.xomantoan.units.UnitLevel;

/** The figures of one child unit; {@code kdc1c} is set for residential areas only. */
public record ChildCoverage(long unitId, String code, String name, UnitLevel level, CoverageFigures figures,
                            Kdc1cStatus kdc1c) {
}
