package vn.xomantoan.units;

import vn.xomantoan.identity.UnitScope;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other capabilities may ask about units. Every method that takes a scope treats a unit
 * outside it as absent. For set-based SQL, other capabilities join the read-only view
 * {@code unit_version} (id, code, name, unit_type, level, parent_id, path, depth, valid_from,
 * valid_to), never the tables behind it.
 */
public interface UnitCatalog {

    Optional<UnitView> byId(long id, UnitScope scope);

    /** The version with this code valid on the date, if the scope contains it. */
    Optional<UnitView> validOn(String code, LocalDate date, UnitScope scope);

    List<UnitView> children(long parentId, LocalDate date, UnitScope scope);

    /** Top units the scope can see on the date (provinces for an administrator). */
    List<UnitView> roots(LocalDate date, UnitScope scope);

    /** From the top down to the unit, inclusive. */
    List<UnitView> path(UnitView unit);

    /** The units valid on the date that took over this unit's territory. */
    List<UnitView> carryTo(UnitView unit, LocalDate date);

    /** Number of units below the unit on the date, by level. */
    Map<UnitLevel, Long> descendantCounts(UnitView unit, LocalDate date);
}
