package vn.xomantoan.commitments;

import vn.xomantoan.identity.UnitScope;

import java.time.LocalDate;
import java.util.Optional;

/** What other capabilities (the evaluation engine, reports) may ask about commitments. */
public interface Commitments {

    /**
     * Coverage of the household campaign of the year that covers the unit, on the hierarchy of
     * {@code asOf}; empty when the unit is not valid on that date, lies outside the scope, or no
     * campaign covers it.
     */
    Optional<CommitmentCoverage> coverage(String unitCode, int year, LocalDate asOf, UnitScope scope);

    /** Same, within the signed-in user's scope. */
    Optional<CommitmentCoverage> coverage(String unitCode, int year, LocalDate asOf);

    /** KDC-1c for a residential area (by its stable code), evaluated at the end of the window or today if earlier. */
    Kdc1cStatus kdc1c(String areaCode, int year);

    default boolean kdc1cMet(String areaCode, int year) {
        return kdc1c(areaCode, year) == Kdc1cStatus.MET;
    }
}
