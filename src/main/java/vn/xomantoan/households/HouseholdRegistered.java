package vn.xomantoan.households;

import java.time.LocalDate;

/** A household was added to a residential area (one by one; imports publish {@link HouseholdsImported}). */
public record HouseholdRegistered(long householdId, String areaCode, LocalDate movedIn) {
}
