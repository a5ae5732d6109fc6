package vn.xomantoan.households;

import java.time.LocalDate;

/** A household moved away (out of every area the system knows) on {@code movedOut}. */
public record HouseholdClosed(long householdId, String areaCode, LocalDate movedOut) {
}
