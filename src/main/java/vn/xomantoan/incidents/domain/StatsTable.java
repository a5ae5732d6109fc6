package vn.xomantoan.incidents.domain;

import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts for a period and the same period a year earlier, per child unit of {@code unit} on
 * {@code asOf} (the period's end) or per category. Incidents of earlier unit versions are carried to
 * the units of {@code asOf}.
 */
public record StatsTable(UnitView unit, LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
                         LocalDate asOf, String groupBy, List<String> categories, List<StatsRow> rows) {

    public StatsRow total() {
        return new StatsRow("total", unit.id(), unit.code(), unit.name(),
                rows.stream().mapToLong(StatsRow::current).sum(), rows.stream().mapToLong(StatsRow::previous).sum());
    }
}
