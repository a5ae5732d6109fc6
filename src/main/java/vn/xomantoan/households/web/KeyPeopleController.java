package vn.xomantoan.households.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.households.Gender;
import vn.xomantoan.households.KeyPersonRole;
import vn.xomantoan.households.KeyPersonView;
import vn.xomantoan.households.RespectedKind;
import vn.xomantoan.households.domain.HouseholdAccess;
import vn.xomantoan.households.domain.KeyPersonQueries;
import vn.xomantoan.households.domain.KeyPersonSearch;
import vn.xomantoan.households.domain.KeyPersonService;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.SiblingNames;
import vn.xomantoan.units.UnitView;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Key people of a unit's subtree on a date: counts by role and gender, the list, export, and the forms. */
@Controller
class KeyPeopleController {

    private final KeyPersonQueries queries;
    private final KeyPersonService service;
    private final HouseholdAccess access;
    private final UnitPicker picker;
    private final AuditLog audit;
    private final Messages messages;

    KeyPeopleController(KeyPersonQueries queries, KeyPersonService service, HouseholdAccess access, UnitPicker picker,
                        AuditLog audit, Messages messages) {
        this.queries = queries;
        this.service = service;
        this.access = access;
        this.picker = picker;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/key-people")
    String list(@RequestParam(required = false) String unit, @RequestParam(required = false) String asOf,
                @RequestParam(required = false) KeyPersonRole role, @RequestParam(required = false) Gender gender,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        UnitScope scope = access.scope();
        LocalDate date = UnitPicker.date(asOf);
        UnitView u = picker.unit(unit, date, scope);
        Map<KeyPersonRole, Map<Gender, Long>> counts = queries.counts(u.path(), date, scope);
        model.addAttribute("unit", u);
        model.addAttribute("asOf", date);
        model.addAttribute("asOfText", WebDates.format(date));
        model.addAttribute("role", role);
        model.addAttribute("gender", gender);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("counts", counts);
        model.addAttribute("womenLeaders", counts.getOrDefault(KeyPersonRole.PARTY_CELL_SECRETARY, Map.of()).getOrDefault(Gender.FEMALE, 0L)
                + counts.getOrDefault(KeyPersonRole.AREA_HEAD, Map.of()).getOrDefault(Gender.FEMALE, 0L));
        model.addAttribute("result", queries.search(new KeyPersonSearch(u.path(), date, role, gender, q, Math.max(0, page), 50), scope));
        model.addAttribute("roles", KeyPersonRole.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("path", picker.path(u, scope));
        List<UnitView> children = picker.children(u, date, scope);
        model.addAttribute("children", children);
        model.addAttribute("childLabels", SiblingNames.of(children));
        model.addAttribute("canWrite", access.canWriteKeyPeople());
        return "households/key-people";
    }

    @GetMapping("/key-people/export.xlsx")
    void export(@RequestParam(required = false) String unit, @RequestParam(required = false) String asOf,
                @RequestParam(required = false) KeyPersonRole role, @RequestParam(required = false) Gender gender,
                @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        UnitScope scope = access.scope();
        LocalDate date = UnitPicker.date(asOf);
        UnitView u = picker.unit(unit, date, scope);
        audit.recordRead("KeyPersonList", u.code() + "@" + date, "Xuất Excel danh sách người tiêu biểu, cán bộ cơ sở");
        Xlsx.prepare(response, Xlsx.CONTENT_TYPE, "nguoi-tieu-bieu-" + u.code() + "-" + date + ".xlsx");
        List<String> headers = List.of("keyPeople.column.full_name", "keyPeople.column.gender", "keyPeople.column.birth_year",
                "keyPeople.column.role", "keyPeople.column.respected_kind", "keyPeople.column.unit_code", "keyPeople.column.unit_name",
                "keyPeople.column.term_from", "keyPeople.column.term_to", "keyPeople.column.phone").stream().map(messages::get).toList();
        try (Xlsx xlsx = new Xlsx(messages.get("keyPeople.export.sheet"), headers, new int[]{28, 9, 10, 30, 22, 13, 24, 14, 14, 14})) {
            queries.each(new KeyPersonSearch(u.path(), date, role, gender, q, 0, 0), scope, k -> xlsx.row(
                    k.fullName(), messages.get("gender." + k.gender()), k.birthYear(), messages.get("keyPeople.role." + k.role()),
                    k.respectedKind() == null ? null : messages.get("keyPeople.kind." + k.respectedKind()), k.unitCode(),
                    k.unitName(), k.termFrom(), k.termTo(), k.phone()));
            xlsx.write(response.getOutputStream());
        }
    }

    @GetMapping("/key-people/new")
    String newForm(@RequestParam(required = false) String unit, Model model) {
        access.requireKeyPeopleWriter();
        UnitView u = picker.unit(unit, LocalDate.now(), access.scope());
        KeyPersonForm form = new KeyPersonForm();
        form.setUnitCode(u.code());
        form.setTermFrom(WebDates.format(LocalDate.now()));
        return show(model, u, null, form, null);
    }

    @PostMapping("/key-people/new")
    String create(@RequestParam(required = false) String unit, @ModelAttribute("form") KeyPersonForm form, Model model,
                  RedirectAttributes redirect) {
        access.requireKeyPeopleWriter();
        UnitView u = picker.unit(unit, LocalDate.now(), access.scope());
        try {
            service.appoint(form.getUnitCode(), form.toDraft());
            redirect.addFlashAttribute("flash", messages.get("common.saved"));
            return "redirect:/key-people?unit=" + u.code();
        } catch (ValidationFailure e) {
            return show(model, u, null, form, messages.byField(e));
        }
    }

    @GetMapping("/key-people/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        access.requireKeyPeopleWriter();
        KeyPersonView k = queries.byId(id, access.scope()).orElseThrow(NotFound::new);
        return show(model, null, k, KeyPersonForm.of(k), null);
    }

    @PostMapping("/key-people/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") KeyPersonForm form, Model model, RedirectAttributes redirect) {
        access.requireKeyPeopleWriter();
        KeyPersonView k = queries.byId(id, access.scope()).orElseThrow(NotFound::new);
        try {
            service.update(id, form.getRowVersion(), form.toDraft());
            redirect.addFlashAttribute("flash", messages.get("common.saved"));
            return "redirect:/key-people?unit=" + k.unitCode();
        } catch (ValidationFailure e) {
            form.setUnitCode(k.unitCode());
            return show(model, null, k, form, messages.byField(e));
        }
    }

    @PostMapping("/key-people/{id}/end")
    String end(@PathVariable long id, @RequestParam(required = false) String termTo, @RequestParam long rowVersion,
               RedirectAttributes redirect) {
        access.requireKeyPeopleWriter();
        KeyPersonView k = queries.byId(id, access.scope()).orElseThrow(NotFound::new);
        try {
            service.endTerm(id, rowVersion, WebDates.parse(termTo, LocalDate.now()));
            redirect.addFlashAttribute("flash", messages.get("keyPeople.ended"));
        } catch (ValidationFailure e) {
            redirect.addFlashAttribute("flash", String.join(" ", messages.all(e)));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flash", messages.get("error.badDate", termTo));
        }
        return "redirect:/key-people/" + id + "/edit";
    }

    private String show(Model model, UnitView unit, KeyPersonView person, KeyPersonForm form, Map<String, String> errors) {
        model.addAttribute("unit", unit);
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("creating", person == null);
        model.addAttribute("roles", KeyPersonRole.values());
        model.addAttribute("kinds", RespectedKind.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("errors", errors);
        if (unit != null) {
            LocalDate today = LocalDate.now();
            List<UnitView> choices = new java.util.ArrayList<>(List.of(unit));
            choices.addAll(picker.areaChoices(unit, today, access.scope()).stream().filter(a -> a.id() != unit.id()).toList());
            choices.addAll(picker.establishments(unit, today, access.scope()));
            model.addAttribute("unitChoices", choices);
        }
        return "households/key-person-form";
    }
}
