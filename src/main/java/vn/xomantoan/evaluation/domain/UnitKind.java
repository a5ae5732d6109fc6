package vn.xomantoan.evaluation.domain;

import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitType;

import java.util.Optional;

/** The four kinds of unit the law evaluates, each with its own criteria (KDC-*, XA-*, CQ-*, GD-*). */
public enum UnitKind {
    RESIDENTIAL_AREA, COMMUNE, AGENCY_ENTERPRISE, SCHOOL;

    public static Optional<UnitKind> of(UnitType type) {
        if (type.level() == UnitLevel.RESIDENTIAL_AREA) {
            return Optional.of(RESIDENTIAL_AREA);
        }
        if (type.level() == UnitLevel.COMMUNE) {
            return Optional.of(COMMUNE);
        }
        return switch (type) {
            case AGENCY, ENTERPRISE -> Optional.of(AGENCY_ENTERPRISE);
            case SCHOOL -> Optional.of(SCHOOL);
            default -> Optional.empty();
        };
    }
}
