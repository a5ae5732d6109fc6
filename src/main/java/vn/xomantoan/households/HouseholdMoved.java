package vn.xomantoan.households;

import java.time.LocalDate;

/** A household moved to another residential area on {@code date} (its old residence ended the day before). */
public record HouseholdMoved(long householdId, String fromAreaCode, String toAreaCode, LocalDate date) {
}
