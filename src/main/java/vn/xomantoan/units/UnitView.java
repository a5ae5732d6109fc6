package vn.xomantoan.units;

import java.time.LocalDate;

/** One version of a unit, as other capabilities and the web layer see it. */
public record UnitView(
        long id,
        String code,
        boolean officialCode,
        String name,
        UnitType type,
        UnitLevel level,
        Long parentId,
        String path,
        int depth,
        LocalDate validFrom,
        LocalDate validTo,
        EnterpriseSize enterpriseSize,
        SchoolLevel schoolLevel,
        String note,
        long rowVersion) {

    public boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public boolean current() {
        return validTo == null;
    }
}
