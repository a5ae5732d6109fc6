package vn.xomantoan.households.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.households.HouseholdPanel;
import vn.xomantoan.households.HouseholdView;
import vn.xomantoan.households.domain.HouseholdAccess;
import vn.xomantoan.households.domain.HouseholdQueries;
import vn.xomantoan.shared.NotFound;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One household: details, where it lived, and the sections other capabilities add. */
@Controller
class HouseholdPageController {

    private final HouseholdQueries queries;
    private final HouseholdAccess access;
    private final AuditLog audit;
    private final ObjectProvider<HouseholdPanel> panels;

    HouseholdPageController(HouseholdQueries queries, HouseholdAccess access, AuditLog audit, ObjectProvider<HouseholdPanel> panels) {
        this.queries = queries;
        this.access = access;
        this.audit = audit;
        this.panels = panels;
    }

    @GetMapping("/households/{id}")
    String household(@PathVariable long id, Model model) {
        HouseholdView household = queries.byId(id, access.scope()).orElseThrow(NotFound::new);
        audit.recordRead("Household", id, "Xem hồ sơ hộ gia đình");
        boolean writable = access.canWriteHouseholds() && queries.writable(id, access.scope()).isPresent();
        model.addAttribute("household", household);
        model.addAttribute("residences", queries.residences(id));
        model.addAttribute("canEdit", writable);
        model.addAttribute("canMove", writable && household.movedOut() == null);
        List<HouseholdPanel.Section> sections = panels.orderedStream()
                .sorted(Comparator.comparingInt(HouseholdPanel::order))
                .map(p -> p.sectionFor(household)).flatMap(Optional::stream).toList();
        model.addAttribute("sections", sections);
        return "households/household";
    }
}
