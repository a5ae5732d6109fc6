package vn.xomantoan.households.domain;

import vn.xomantoan.households.Gender;

import java.time.LocalDate;

/** One line of a household list: the household and the area it lived in on the list's date. */
public record HouseholdRow(long id, String headName, Gender headGender, String houseNo, String street, int members,
                           String phone, LocalDate movedIn, LocalDate movedOut, String areaCode, String areaName,
                           long areaUnitId) {

    public String address() {
        boolean hasNo = houseNo != null && !houseNo.isBlank();
        boolean hasStreet = street != null && !street.isBlank();
        if (hasNo && hasStreet) {
            return houseNo + ", " + street;
        }
        return hasNo ? houseNo : hasStreet ? street : "";
    }
}
