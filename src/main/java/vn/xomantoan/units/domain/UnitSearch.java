package vn.xomantoan.units.domain;

import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitType;

import java.time.LocalDate;

/** Filters of a unit list; null means "any". */
public record UnitSearch(LocalDate asOf, Long parentId, String underPath, UnitLevel level, UnitType type,
                         String query, int page, int size) {

    public UnitSearch {
        page = Math.max(0, page);
        size = Math.min(Math.max(1, size), 500);
    }
}
