package vn.xomantoan.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Household registration coverage of residential areas (criterion KDC-1c), supplied by the
 * commitments capability. One call covers any number of areas (a whole province).
 */
public interface CoverageFacts {

    /**
     * For each residential area code: the households that resided in the area on {@code snapshot}
     * (31/03 of the year) or moved in up to {@code until}, and how many of them had registered
     * (Circular 124) or signed the commitment (Circular 23) for {@code year}. A household that moved
     * in after the snapshot counts as registered when it registered within {@code graceDays} of
     * moving in. Areas without data are absent from the map.
     */
    Map<String, Coverage> coverage(Collection<String> areaCodes, int year, LocalDate snapshot, LocalDate until, int graceDays);

    /** @param missing the households that are due and have not registered (all of them, or the first 50) */
    record Coverage(int dueHouseholds, int registeredHouseholds, List<FactRef> missing) {
        public Coverage {
            missing = missing == null ? List.of() : List.copyOf(missing);
        }
    }
}
