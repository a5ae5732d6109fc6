package vn.xomantoan.households;

import java.time.LocalDate;

/** A key person of a unit for one term. */
public record KeyPersonView(long id, String unitCode, String unitName, String fullName, Gender gender, Integer birthYear,
                            KeyPersonRole role, RespectedKind respectedKind, LocalDate termFrom, LocalDate termTo,
                            String phone, String note, long rowVersion) {

    public boolean inOfficeOn(LocalDate date) {
        return !termFrom.isAfter(date) && (termTo == null || !termTo.isBefore(date));
    }
}
