package vn.xomantoan.households.web;

import org.springframework.stereotype.Component;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.List;

/** The unit a list is about (by code on a date; the user's top unit by default) and the date itself. */
@Component
class UnitPicker {

    private final UnitCatalog units;

    UnitPicker(UnitCatalog units) {
        this.units = units;
    }

    static LocalDate date(String text) {
        try {
            return WebDates.parse(text, LocalDate.now());
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of("asOf", "error.badDate", text);
        }
    }

    UnitView unit(String code, LocalDate date, UnitScope scope) {
        if (code != null && !code.isBlank()) {
            return units.validOn(code.trim(), date, scope).orElseThrow(NotFound::new);
        }
        if (scope.unrestricted()) {
            var ninhBinh = units.validOn("37", date, scope);
            if (ninhBinh.isPresent()) {
                return ninhBinh.get();
            }
        }
        return units.roots(date, scope).stream().findFirst().orElseThrow(NotFound::new);
    }

    /** An optional residential-area filter inside the unit. */
    UnitView area(String code, LocalDate date, UnitScope scope) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return units.validOn(code.trim(), date, scope).filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA)
                .orElseThrow(NotFound::new);
    }

    List<UnitView> roots(LocalDate date, UnitScope scope) {
        return units.roots(date, scope);
    }

    List<UnitView> path(UnitView unit, UnitScope scope) {
        return units.path(unit).stream().filter(u -> scope.contains(u.path())).toList();
    }

    /** Administrative units and residential areas directly under the unit (no establishments). */
    List<UnitView> children(UnitView unit, LocalDate date, UnitScope scope) {
        return units.children(unit.id(), date, scope).stream().filter(u -> u.level() != UnitLevel.ESTABLISHMENT).toList();
    }

    /** Establishments directly under the unit, for key people. */
    List<UnitView> establishments(UnitView unit, LocalDate date, UnitScope scope) {
        return units.children(unit.id(), date, scope).stream().filter(u -> u.level() == UnitLevel.ESTABLISHMENT).toList();
    }

    /** Residential areas a household of this unit may be put in (empty above the commune: type a code there). */
    List<UnitView> areaChoices(UnitView unit, LocalDate date, UnitScope scope) {
        return switch (unit.level()) {
            case RESIDENTIAL_AREA -> List.of(unit);
            case COMMUNE -> units.children(unit.id(), date, scope).stream()
                    .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).toList();
            default -> List.of();
        };
    }

    java.util.Optional<UnitView> byId(long id, UnitScope scope) {
        return units.byId(id, scope);
    }

    java.util.Optional<UnitView> validOn(String code, LocalDate date, UnitScope scope) {
        return units.validOn(code, date, scope);
    }
}
