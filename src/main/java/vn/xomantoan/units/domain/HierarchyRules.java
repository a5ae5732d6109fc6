package vn.xomantoan.units.domain;

import vn.xomantoan.units.UnitLevel;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** The structural rules of the hierarchy, shared by forms, reforms and imports. */
public final class HierarchyRules {

    /** Codes: letters without diacritics, digits, dots and hyphens, at most 32 characters. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,31}");

    private HierarchyRules() {
    }

    /** Which level may sit under which (null: no parent). */
    public static boolean parentFits(UnitLevel level, UnitLevel parent) {
        return switch (level) {
            case PROVINCE -> parent == null;
            case DISTRICT -> parent == UnitLevel.PROVINCE;
            case COMMUNE -> parent == UnitLevel.DISTRICT || parent == UnitLevel.PROVINCE;
            case RESIDENTIAL_AREA -> parent == UnitLevel.COMMUNE;
            case ESTABLISHMENT -> parent == UnitLevel.COMMUNE || parent == UnitLevel.RESIDENTIAL_AREA;
        };
    }

    /** The parent is valid on every day of [from, to] (to = null: open-ended). */
    public static boolean covers(LocalDate parentFrom, LocalDate parentTo, LocalDate from, LocalDate to) {
        if (parentFrom.isAfter(from)) {
            return false;
        }
        if (parentTo == null) {
            return true;
        }
        return to != null && !parentTo.isBefore(to);
    }
}
