package vn.xomantoan.incidents.web;

import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.incidents.domain.IncidentStatistics;
import vn.xomantoan.incidents.jdbc.IncidentFilter;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.List;

/** The filters of a list page or export, resolved: the unit (inside the scope) and the dates. */
record ListRequest(UnitView unit, LocalDate asOf, LocalDate from, LocalDate to, List<String> categories,
                   String crimeClass, String q, String sort, int page, int size) {

    static ListRequest of(Long unitId, String asOf, String from, String to, List<String> categories, String crimeClass,
                          String q, String sort, int page, int size, UnitCatalog units, UnitScope scope) {
        LocalDate f = WebParams.date("from", from, null);
        LocalDate t = WebParams.date("to", to, null);
        if (f != null && t != null && f.isAfter(t)) {
            throw ValidationFailure.of("from", "incidents.error.period");
        }
        UnitView unit = unitId == null ? null : units.byId(unitId, scope).orElseThrow(NotFound::new);
        LocalDate refDate = WebParams.date("asOf", asOf, null);
        if (unit != null && refDate == null) {
            refDate = unit.validTo() != null ? unit.validTo() : IncidentStatistics.asOf(t == null ? LocalDate.now() : t);
        }
        return new ListRequest(unit, refDate, f, t, categories == null ? List.of() : categories,
                crimeClass == null || crimeClass.isBlank() ? null : crimeClass, q, sort, Math.max(0, page), size);
    }

    IncidentFilter filter() {
        return new IncidentFilter(unit == null ? null : unit.path(), asOf, from, to, categories, crimeClass, q,
                "place".equals(sort), page, size);
    }
}
