package vn.xomantoan.incidents;

import vn.xomantoan.identity.UnitScope;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * What other capabilities may ask about the security-situation log, without seeing records: how
 * many incidents happened inside some units in a period (set-based, within the given scope).
 */
public interface IncidentCounts {

    /**
     * Incidents from {@code from} to {@code to} (inclusive) whose place lies inside one of the unit
     * versions, or is a residential area or establishment with the same stable code as one of them.
     */
    long countInside(Collection<Long> unitIds, LocalDate from, LocalDate to, UnitScope scope);

    /** Incidents from {@code from} to {@code to} whose place version lies inside each unit version, in one query. */
    Map<Long, Long> countPerUnit(Collection<Long> unitIds, LocalDate from, LocalDate to, UnitScope scope);
}
