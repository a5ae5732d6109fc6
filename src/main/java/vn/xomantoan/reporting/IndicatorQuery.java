package vn.xomantoan.reporting;

import vn.xomantoan.identity.UnitScope;

import java.time.LocalDate;
import java.util.List;

/**
 * What a source computes: facts dated in [from, to] (both inclusive), inside the user's scope and the
 * unit's subtree (its paths, with its predecessors' when the period starts before it existed), grouped
 * by the children of the unit in the hierarchy of {@code asOf}. Stock figures are taken on {@link #stockDate()}.
 */
public record IndicatorQuery(LocalDate from, LocalDate to, LocalDate asOf, List<String> unitPaths, List<Target> children,
                             UnitScope scope) {

    public IndicatorQuery {
        unitPaths = List.copyOf(unitPaths);
        children = List.copyOf(children);
    }

    /** The day stock figures (households, areas) are taken: the end of the period, never after today. */
    public LocalDate stockDate() {
        LocalDate today = LocalDate.now();
        return to.isAfter(today) ? today : to;
    }

    public IndicatorQuery withoutChildren() {
        return new IndicatorQuery(from, to, asOf, unitPaths, List.of(), scope);
    }
}
