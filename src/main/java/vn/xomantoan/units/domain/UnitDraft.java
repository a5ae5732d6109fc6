package vn.xomantoan.units.domain;

import vn.xomantoan.units.EnterpriseSize;
import vn.xomantoan.units.SchoolLevel;
import vn.xomantoan.units.UnitType;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;

/** The attributes of a unit version to be written. */
public record UnitDraft(String code, boolean officialCode, String name, UnitType type, LocalDate validFrom,
                        LocalDate validTo, EnterpriseSize enterpriseSize, SchoolLevel schoolLevel, String note) {

    public static UnitDraft copyOf(UnitView u, LocalDate from, LocalDate to) {
        return new UnitDraft(u.code(), u.officialCode(), u.name(), u.type(), from, to, u.enterpriseSize(), u.schoolLevel(), u.note());
    }

    public UnitDraft withValidity(LocalDate from, LocalDate to) {
        return new UnitDraft(code, officialCode, name, type, from, to, enterpriseSize, schoolLevel, note);
    }
}
