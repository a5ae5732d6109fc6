package vn.xomantoan.households.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xomantoan.households.Gender;
import vn.xomantoan.households.HouseholdView;
import vn.xomantoan.households.domain.HouseholdAccess;
import vn.xomantoan.households.domain.HouseholdQueries;
import vn.xomantoan.households.domain.HouseholdService;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Add a household to an area, correct it, record that it moved away or moved to another area. */
@Controller
class HouseholdFormController {

    private final HouseholdService service;
    private final HouseholdQueries queries;
    private final HouseholdAccess access;
    private final UnitPicker picker;
    private final Messages messages;

    HouseholdFormController(HouseholdService service, HouseholdQueries queries, HouseholdAccess access, UnitPicker picker,
                            Messages messages) {
        this.service = service;
        this.queries = queries;
        this.access = access;
        this.picker = picker;
        this.messages = messages;
    }

    @GetMapping("/households/new")
    String newForm(@RequestParam(required = false) String unit, Model model) {
        access.requireHouseholdWriter();
        UnitView u = picker.unit(unit, LocalDate.now(), access.scope());
        HouseholdForm form = new HouseholdForm();
        form.setMovedIn(WebDates.format(LocalDate.now()));
        form.setMembers("1");
        List<UnitView> areas = picker.areaChoices(u, LocalDate.now(), access.scope());
        if (areas.size() == 1) {
            form.setAreaCode(areas.get(0).code());
        }
        return showNew(model, u, form, null);
    }

    @PostMapping("/households/new")
    String create(@RequestParam(required = false) String unit, @ModelAttribute("form") HouseholdForm form, Model model,
                  RedirectAttributes redirect) {
        access.requireHouseholdWriter();
        UnitView u = picker.unit(unit, LocalDate.now(), access.scope());
        try {
            long id = service.register(form.getAreaCode(), form.movedInDate(), form.toDraft());
            redirect.addFlashAttribute("flash", messages.get("households.saved"));
            return "redirect:/households/" + id;
        } catch (ValidationFailure e) {
            return showNew(model, u, form, messages.byField(e));
        }
    }

    @GetMapping("/households/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        access.requireHouseholdWriter();
        HouseholdView h = writable(id);
        return showEdit(model, h, HouseholdForm.of(h), null);
    }

    @PostMapping("/households/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") HouseholdForm form, Model model, RedirectAttributes redirect) {
        access.requireHouseholdWriter();
        HouseholdView h = writable(id);
        try {
            service.update(id, form.getRowVersion(), form.toDraft());
            redirect.addFlashAttribute("flash", messages.get("households.saved"));
            return "redirect:/households/" + id;
        } catch (ValidationFailure e) {
            return showEdit(model, h, form, messages.byField(e));
        }
    }

    @GetMapping("/households/{id}/close")
    String closeForm(@PathVariable long id, Model model) {
        access.requireHouseholdWriter();
        HouseholdView h = writable(id);
        return showClose(model, h, WebDates.format(LocalDate.now()), h.rowVersion(), null);
    }

    @PostMapping("/households/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String movedOut, @RequestParam long rowVersion,
                 Model model, RedirectAttributes redirect) {
        access.requireHouseholdWriter();
        HouseholdView h = writable(id);
        try {
            service.close(id, rowVersion, parse("movedOut", movedOut));
            redirect.addFlashAttribute("flash", messages.get("households.closed"));
            return "redirect:/households/" + id;
        } catch (ValidationFailure e) {
            return showClose(model, h, movedOut, rowVersion, messages.byField(e));
        }
    }

    @GetMapping("/households/{id}/move")
    String moveForm(@PathVariable long id, Model model) {
        access.requireHouseholdWriter();
        HouseholdView h = writable(id);
        return showMove(model, h, "", WebDates.format(LocalDate.now()), h.rowVersion(), null);
    }

    @PostMapping("/households/{id}/move")
    String move(@PathVariable long id, @RequestParam(required = false) String areaCode, @RequestParam(required = false) String date,
                @RequestParam long rowVersion, Model model, RedirectAttributes redirect) {
        access.requireHouseholdWriter();
        HouseholdView h = writable(id);
        try {
            service.move(id, rowVersion, areaCode, parse("date", date));
            redirect.addFlashAttribute("flash", messages.get("households.moved"));
            return "redirect:/households/" + id;
        } catch (ValidationFailure e) {
            return showMove(model, h, areaCode, date, rowVersion, messages.byField(e));
        }
    }

    private HouseholdView writable(long id) {
        return queries.writable(id, access.scope()).orElseThrow(NotFound::new);
    }

    private static LocalDate parse(String field, String text) {
        try {
            return WebDates.parse(text, null);
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of(field, "error.badDate", text);
        }
    }

    private String showNew(Model model, UnitView unit, HouseholdForm form, Map<String, String> errors) {
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("creating", true);
        model.addAttribute("areas", picker.areaChoices(unit, LocalDate.now(), access.scope()));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("errors", errors);
        return "households/form";
    }

    private String showEdit(Model model, HouseholdView h, HouseholdForm form, Map<String, String> errors) {
        model.addAttribute("household", h);
        model.addAttribute("form", form);
        model.addAttribute("creating", false);
        model.addAttribute("areas", List.of());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("errors", errors);
        return "households/form";
    }

    private String showClose(Model model, HouseholdView h, String movedOut, long rowVersion, Map<String, String> errors) {
        model.addAttribute("household", h);
        model.addAttribute("movedOut", movedOut);
        model.addAttribute("rowVersion", rowVersion);
        model.addAttribute("errors", errors);
        return "households/close";
    }

    private String showMove(Model model, HouseholdView h, String areaCode, String date, long rowVersion, Map<String, String> errors) {
        UnitScope scope = access.scope();
        LocalDate today = LocalDate.now();
        List<UnitView> neighbours = picker.validOn(h.areaCode(), today, scope)
                .flatMap(a -> a.parentId() == null ? java.util.Optional.empty() : java.util.Optional.of(a.parentId()))
                .map(parentId -> picker.byId(parentId, scope).map(p -> picker.areaChoices(p, today, scope)).orElse(List.of()))
                .orElse(List.of());
        model.addAttribute("household", h);
        model.addAttribute("areaCode", areaCode);
        model.addAttribute("date", date);
        model.addAttribute("rowVersion", rowVersion);
        model.addAttribute("neighbours", neighbours.stream().filter(a -> !a.code().equals(h.areaCode())).toList());
        model.addAttribute("errors", errors);
        return "households/move";
    }
}
