package vn.xomantoan.incidents.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.incidents.CrimeClass;
import vn.xomantoan.incidents.IncidentStatus;
import vn.xomantoan.incidents.domain.ConcurrentChange;
import vn.xomantoan.incidents.domain.IncidentAccess;
import vn.xomantoan.incidents.domain.IncidentRecord;
import vn.xomantoan.incidents.domain.IncidentService;
import vn.xomantoan.incidents.domain.RefItem;
import vn.xomantoan.incidents.domain.ReferenceData;
import vn.xomantoan.incidents.jdbc.IncidentFilter;
import vn.xomantoan.incidents.jdbc.IncidentQueries;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.List;

/** The log: list with filters, a record, the entry form, and the htmx pieces of the form. */
@Controller
class IncidentPageController {

    private final IncidentService service;
    private final IncidentQueries queries;
    private final IncidentAccess access;
    private final ReferenceData reference;
    private final UnitCatalog units;
    private final PlacePicker picker;
    private final Messages messages;

    IncidentPageController(IncidentService service, IncidentQueries queries, IncidentAccess access, ReferenceData reference,
                           UnitCatalog units, PlacePicker picker, Messages messages) {
        this.service = service;
        this.queries = queries;
        this.access = access;
        this.reference = reference;
        this.units = units;
        this.picker = picker;
        this.messages = messages;
    }

    @GetMapping("/incidents")
    String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) String asOf,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) List<String> category, @RequestParam(required = false) String crimeClass,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "date") String sort,
                @RequestParam(defaultValue = "0") int page, Model model) {
        UnitScope scope = access.requirePolice();
        ListRequest request = ListRequest.of(unit, asOf, from, to, category, crimeClass, q, sort, page, 50, units, scope);
        Page<IncidentRecord> result = queries.search(request.filter(), scope);
        model.addAttribute("result", result);
        model.addAttribute("req", request);
        model.addAttribute("names", reference.names());
        model.addAttribute("categories", reference.list(ReferenceData.CATEGORY, null, LocalDate.now()));
        model.addAttribute("classes", CrimeClass.values());
        return "incidents/list";
    }

    @GetMapping("/incidents/{id}")
    String show(@PathVariable long id, Model model) {
        IncidentRecord r = service.read(id, "Xem chi tiết vụ việc");
        model.addAttribute("incident", r);
        model.addAttribute("names", reference.names());
        reference.clause(r.penalArticle() == null ? 0 : r.penalArticle(), r.penalClause() == null ? 0 : r.penalClause(),
                r.occurredOn()).ifPresent(c -> model.addAttribute("clause", c));
        return "incidents/incident";
    }

    @GetMapping("/incidents/new")
    String newForm(Model model) {
        access.requirePolice();
        IncidentForm form = new IncidentForm();
        form.setOccurredOn(WebDates.format(LocalDate.now()));
        return showForm(model, form, null, null);
    }

    @PostMapping("/incidents/new")
    String create(@ModelAttribute("form") IncidentForm form, Model model, RedirectAttributes redirect) {
        access.requirePolice();
        try {
            long id = service.create(form.toDraft());
            redirect.addFlashAttribute("flash", messages.get("incidents.saved"));
            return "redirect:/incidents/" + id;
        } catch (ValidationFailure e) {
            return showForm(model, form, null, e);
        }
    }

    @GetMapping("/incidents/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        IncidentRecord r = service.read(id, "Sửa vụ việc");
        return showForm(model, IncidentForm.of(r), r, null);
    }

    @PostMapping("/incidents/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") IncidentForm form, Model model, RedirectAttributes redirect) {
        IncidentRecord r = service.read(id, "Sửa vụ việc");
        try {
            service.update(id, form.getRowVersion(), form.toDraft());
            redirect.addFlashAttribute("flash", messages.get("incidents.saved"));
            return "redirect:/incidents/" + id;
        } catch (ConcurrentChange e) {
            // Keep everything the user typed; show the stored version; a second save is a deliberate overwrite.
            model.addAttribute("current", e.current());
            form.setRowVersion(e.current().rowVersion());
            return showForm(model, form, e.current(), e);
        } catch (ValidationFailure e) {
            return showForm(model, form, r, e);
        }
    }

    @GetMapping("/incidents/places")
    String places(@RequestParam(required = false) String placeQuery, @RequestParam(required = false) String occurredOn,
                  Model model) {
        UnitScope scope = access.requirePolice();
        LocalDate date = safeDate(occurredOn);
        model.addAttribute("places", picker.find(placeQuery == null ? "" : placeQuery, date, scope, 15));
        model.addAttribute("typed", placeQuery);
        return "incidents/fragments :: places";
    }

    @GetMapping("/incidents/places/pick")
    String pick(@RequestParam long id, Model model) {
        UnitView u = units.byId(id, access.requirePolice()).orElseThrow(NotFound::new);
        IncidentForm form = new IncidentForm();
        form.setPlaceId(String.valueOf(u.id()));
        String parent = u.parentId() == null ? null : units.byId(u.parentId(), UnitScope.EVERYTHING).map(UnitView::name).orElse(null);
        form.setPlaceLabel(u.name() + (parent == null ? "" : " – " + parent));
        model.addAttribute("form", form);
        return "incidents/fragments :: picker";
    }

    @GetMapping("/incidents/category-fields")
    String categoryFields(@RequestParam(required = false) String category, @RequestParam(required = false) String occurredOn,
                          Model model) {
        access.requirePolice();
        IncidentForm form = new IncidentForm();
        form.setCategory(category);
        addCategoryChoices(model, form, safeDate(occurredOn));
        model.addAttribute("form", form);
        return "incidents/fragments :: categoryFields";
    }

    private static LocalDate safeDate(String text) {
        try {
            LocalDate d = WebDates.parse(text, LocalDate.now());
            return d.isAfter(LocalDate.now()) ? LocalDate.now() : d;
        } catch (IllegalArgumentException e) {
            return LocalDate.now();
        }
    }

    private String showForm(Model model, IncidentForm form, IncidentRecord editing, ValidationFailure failure) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", failure == null ? java.util.Map.of() : messages.byField(failure));
        LocalDate date = safeDate(form.getOccurredOn());
        model.addAttribute("categories", reference.list(ReferenceData.CATEGORY, null, date));
        model.addAttribute("statuses", IncidentStatus.values());
        addCategoryChoices(model, form, date);
        return "incidents/form";
    }

    private void addCategoryChoices(Model model, IncidentForm form, LocalDate date) {
        RefItem category = form.getCategory() == null || form.getCategory().isBlank() ? null
                : reference.find(ReferenceData.CATEGORY, form.getCategory(), date).orElse(null);
        model.addAttribute("selectedCategory", category);
        model.addAttribute("subcategories", category == null ? List.of()
                : reference.list(ReferenceData.SUBCATEGORY, category.code(), date));
        model.addAttribute("grades", category == null || category.gradeList() == null || ReferenceData.PENAL.equals(category.gradeList())
                ? List.of() : reference.list(category.gradeList(), null, date));
        model.addAttribute("penal", category != null && ReferenceData.PENAL.equals(category.gradeList()));
    }
}
