package vn.xomantoan.reporting.domain;

import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.List;

/** A resolved choice: the unit version, the period, the hierarchy date and the children on that date. */
public record Selection(UnitView unit, LocalDate from, LocalDate to, LocalDate asOf, List<UnitView> children) {

    public Selection {
        children = List.copyOf(children);
    }
}
