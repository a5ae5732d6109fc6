package vn.xomantoan.units.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.EnterpriseSize;
import vn.xomantoan.units.SchoolLevel;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitType;
import vn.xomantoan.units.UnitView;
import vn.xomantoan.units.domain.UnitCommands;
import vn.xomantoan.units.domain.UnitQueries;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Create a unit under another, correct a unit's details, end a unit. */
@Controller
class UnitFormController {

    private final UnitQueries queries;
    private final UnitCommands commands;
    private final AccessScope access;
    private final Messages messages;

    UnitFormController(UnitQueries queries, UnitCommands commands, AccessScope access, Messages messages) {
        this.queries = queries;
        this.commands = commands;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/units/new")
    String newForm(@RequestParam long parent, Model model) {
        UnitView p = visible(parent);
        UnitForm form = new UnitForm();
        form.setValidFrom(WebDates.format(LocalDate.now()));
        return showCreate(model, p, form);
    }

    @PostMapping("/units/new")
    String create(@RequestParam long parent, @ModelAttribute("form") UnitForm form, Model model, RedirectAttributes redirect) {
        UnitView p = visible(parent);
        try {
            LocalDate from = WebDates.parse(form.getValidFrom(), null);
            long id = commands.create(form.toDraft(from), p.id());
            redirect.addFlashAttribute("flash", messages.get("common.saved"));
            return "redirect:/units/" + id;
        } catch (ValidationFailure e) {
            model.addAttribute("errors", messages.byField(e));
        } catch (IllegalArgumentException e) {
            model.addAttribute("errors", java.util.Map.of("validFrom", messages.get("error.badDate", form.getValidFrom())));
        }
        return showCreate(model, p, form);
    }

    @GetMapping("/units/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        UnitView u = visible(id);
        return showEdit(model, u, UnitForm.of(u));
    }

    @PostMapping("/units/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") UnitForm form, Model model, RedirectAttributes redirect) {
        UnitView u = visible(id);
        try {
            commands.correct(id, form.getRowVersion(), form.toDraft(u.validFrom()));
            redirect.addFlashAttribute("flash", messages.get("common.saved"));
            return "redirect:/units/" + id;
        } catch (ValidationFailure e) {
            model.addAttribute("errors", messages.byField(e));
        }
        return showEdit(model, u, form);
    }

    @GetMapping("/units/{id}/close")
    String closeForm(@PathVariable long id, Model model) {
        UnitView u = visible(id);
        model.addAttribute("unit", u);
        model.addAttribute("lastDay", WebDates.format(LocalDate.now()));
        return "units/close";
    }

    @PostMapping("/units/{id}/close")
    String close(@PathVariable long id, @RequestParam String lastDay, @RequestParam long rowVersion, Model model,
                 RedirectAttributes redirect) {
        UnitView u = visible(id);
        try {
            commands.close(id, rowVersion, WebDates.parse(lastDay, null));
            redirect.addFlashAttribute("flash", messages.get("common.saved"));
            return "redirect:/units/" + id;
        } catch (ValidationFailure e) {
            model.addAttribute("errors", messages.byField(e));
        } catch (IllegalArgumentException e) {
            model.addAttribute("errors", java.util.Map.of("validTo", messages.get("error.badDate", lastDay)));
        }
        model.addAttribute("unit", u);
        model.addAttribute("lastDay", lastDay);
        return "units/close";
    }

    private UnitView visible(long id) {
        return queries.byId(id, access.current()).orElseThrow(NotFound::new);
    }

    private String showCreate(Model model, UnitView parent, UnitForm form) {
        model.addAttribute("parent", parent);
        model.addAttribute("form", form);
        model.addAttribute("types", typesUnder(parent));
        model.addAttribute("creating", true);
        addChoices(model);
        return "units/form";
    }

    private String showEdit(Model model, UnitView unit, UnitForm form) {
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("types", UnitType.ofLevel(unit.level()));
        model.addAttribute("creating", false);
        addChoices(model);
        return "units/form";
    }

    private void addChoices(Model model) {
        model.addAttribute("sizes", EnterpriseSize.values());
        model.addAttribute("schoolLevels", SchoolLevel.values());
    }

    private static List<UnitType> typesUnder(UnitView parent) {
        List<UnitLevel> levels = switch (parent.level()) {
            case PROVINCE -> List.of(UnitLevel.DISTRICT, UnitLevel.COMMUNE);
            case DISTRICT -> List.of(UnitLevel.COMMUNE);
            case COMMUNE -> List.of(UnitLevel.RESIDENTIAL_AREA, UnitLevel.ESTABLISHMENT);
            case RESIDENTIAL_AREA -> List.of(UnitLevel.ESTABLISHMENT);
            case ESTABLISHMENT -> List.of();
        };
        return Arrays.stream(UnitType.values()).filter(t -> levels.contains(t.level()))
                .filter(t -> t != UnitType.TINH && t != UnitType.THANH_PHO_TW).toList();
    }
}
