package vn.xomantoan.units.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;
import vn.xomantoan.units.domain.UnitQueries;

import java.time.LocalDate;

/** One unit version: where it sits, its history (predecessors, successors, other versions) and its children. */
@Controller
class UnitPageController {

    private final UnitQueries queries;
    private final AccessScope access;

    UnitPageController(UnitQueries queries, AccessScope access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable long id, @RequestParam(required = false) String asOf, Model model) {
        UnitScope scope = access.current();
        UnitView unit = queries.byId(id, scope).orElseThrow(NotFound::new);
        LocalDate requested = DateParams.asOf(asOf);
        // Show the children of the version on a day it was valid: the requested one if it was, else its last day.
        LocalDate childrenOn = unit.validOn(requested) ? requested
                : unit.validFrom().isAfter(requested) ? unit.validFrom() : unit.validTo();
        model.addAttribute("unit", unit);
        model.addAttribute("asOf", requested);
        model.addAttribute("childrenOn", childrenOn);
        model.addAttribute("path", queries.path(unit));
        model.addAttribute("predecessors", queries.predecessors(id));
        model.addAttribute("successors", queries.successors(id));
        model.addAttribute("versions", queries.versionsOfCode(unit.code(), scope));
        model.addAttribute("children", queries.children(id, childrenOn, scope));
        model.addAttribute("counts", queries.descendantCounts(unit, childrenOn));
        if (!unit.current()) {
            model.addAttribute("today", LocalDate.now());
            model.addAttribute("carriedToday", queries.carryTo(unit, LocalDate.now()));
        }
        model.addAttribute("canEdit", canEdit(unit));
        model.addAttribute("canAddChild", canAddChild(unit));
        return "units/unit";
    }

    private boolean canEdit(UnitView unit) {
        Role role = access.role().orElse(null);
        if (role == null || !unit.current()) {
            return false;
        }
        return switch (role) {
            case ADMIN -> true;
            case PROVINCE_OFFICER -> unit.level() != UnitLevel.PROVINCE;
            case COMMUNE_OFFICER -> unit.level() == UnitLevel.RESIDENTIAL_AREA || unit.level() == UnitLevel.ESTABLISHMENT;
            default -> false;
        };
    }

    private boolean canAddChild(UnitView unit) {
        Role role = access.role().orElse(null);
        if (role == null || !unit.current() || unit.level() == UnitLevel.ESTABLISHMENT) {
            return false;
        }
        return switch (role) {
            case ADMIN, PROVINCE_OFFICER -> true;
            case COMMUNE_OFFICER -> unit.level() == UnitLevel.COMMUNE || unit.level() == UnitLevel.RESIDENTIAL_AREA;
            default -> false;
        };
    }
}
