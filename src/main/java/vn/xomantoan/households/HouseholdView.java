package vn.xomantoan.households;

import java.time.LocalDate;

/**
 * A household as other capabilities see it. {@code areaCode} is the residential area it lived in on
 * the date the question was asked for (or its last area when it no longer lives anywhere).
 */
public record HouseholdView(long id, String headName, Gender headGender, String houseNo, String street, int members,
                            String phone, LocalDate movedIn, LocalDate movedOut, String note, String areaCode,
                            long rowVersion) {

    /** House number and lane/street as one line, e.g. "Số 12, Ngõ 3". */
    public String address() {
        boolean hasNo = houseNo != null && !houseNo.isBlank();
        boolean hasStreet = street != null && !street.isBlank();
        if (hasNo && hasStreet) {
            return houseNo + ", " + street;
        }
        return hasNo ? houseNo : hasStreet ? street : "";
    }

    public boolean livesOn(LocalDate date) {
        return !movedIn.isAfter(date) && (movedOut == null || !movedOut.isBefore(date));
    }
}
