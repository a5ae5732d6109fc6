package vn.xomantoan.reporting.domain;

import vn.xomantoan.reporting.Breakdown;

import java.util.Map;

/** Every indicator's value for a selection; an indicator missing from the map has no data. */
public record Figures(Selection selection, Map<String, Breakdown> values) {

    public Breakdown get(String id) {
        return values.getOrDefault(id, Breakdown.NO_DATA);
    }

    /** The unit's value, 0 when there is no data (for sentences that need a number). */
    public long total(String id) {
        Long v = get(id).total();
        return v == null ? 0 : v;
    }

    public boolean has(String id) {
        return get(id).total() != null;
    }
}
