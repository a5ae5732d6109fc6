package vn.xomantoan.activities;

import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.List;

/**
 * A resolved filter: the unit (a version, or none for the whole scope) with the path prefixes of
 * its subtree including its predecessors, the period (either end open), a type and a search text.
 */
public record LedgerFilter(UnitView unit, List<String> subtreePaths, LocalDate from, LocalDate to, String type,
                           String q, int page, int size, boolean byName) {

    /** The date whose hierarchy groups the counts: the end of the period, today when open. */
    public LocalDate hierarchyDate() {
        return to != null ? to : LocalDate.now();
    }
}
