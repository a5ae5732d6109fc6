package vn.xomantoan.households;

import vn.xomantoan.identity.UnitScope;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What other capabilities may ask about households and key people. Records outside the scope are
 * absent. For set-based SQL, other capabilities join the read-only view {@code household_resident}
 * (household_id, area_code, valid_from, valid_to, moved_in, moved_out, head_name, members).
 */
public interface HouseholdApi {

    Optional<HouseholdView> household(long id, UnitScope scope);

    /** Where the household lived, oldest first. Empty when the household is outside the scope. */
    List<ResidenceView> residences(long householdId, UnitScope scope);

    /** Households living in the residential area on the date, in Vietnamese order of the head's name. */
    List<HouseholdView> residentsOf(String areaCode, LocalDate date, UnitScope scope);

    /** Key people in office on the date in the subtree of the unit with this code (valid on the date). */
    Optional<KeyPersonCounts> keyPeopleCounts(String unitCode, LocalDate date, UnitScope scope);

    Optional<KeyPersonView> keyPerson(long id, UnitScope scope);
}
