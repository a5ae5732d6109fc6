package vn.xomantoan.activities.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xomantoan.activities.ActivityDraft;
import vn.xomantoan.activities.ActivityType;
import vn.xomantoan.activities.Attachments;
import vn.xomantoan.activities.VenueKind;
import vn.xomantoan.activities.domain.ActivityDetails;
import vn.xomantoan.activities.domain.ActivityService;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.CurrentUser;
import vn.xomantoan.identity.Role;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** Record an activity (on a phone, in under a minute), read it, attach photos and minutes. */
@Controller
class ActivityFormController {

    static final String OWNER = "ACTIVITY";

    private final ActivityService service;
    private final ActivityDetails details;
    private final Attachments attachments;
    private final AccessScope access;
    private final UnitCatalog units;
    private final Messages messages;

    ActivityFormController(ActivityService service, ActivityDetails details, Attachments attachments, AccessScope access,
                           UnitCatalog units, Messages messages) {
        this.service = service;
        this.details = details;
        this.attachments = attachments;
        this.access = access;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/activities/new")
    String newForm(Model model) {
        requireWriter();
        ActivityForm form = new ActivityForm();
        form.setHeldOn(WebDates.format(LocalDate.now()));
        home().ifPresent(u -> form.setOrganiser(u.code()));
        return show(model, form);
    }

    @PostMapping("/activities/new")
    String create(@ModelAttribute("form") ActivityForm form, Model model, RedirectAttributes redirect) {
        requireWriter();
        return save(form, model, redirect, ActivityDetails.Kept.NONE, service::create, "activities.saved");
    }

    @GetMapping("/activities/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        requireWriter();
        model.addAttribute("editing", id);
        return show(model, ActivityForm.of(details.load(id)));
    }

    /** Saves the form's fields; key people of other roles, invited units, programmes and attendees stay as stored. */
    @PostMapping("/activities/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute("form") ActivityForm form, Model model, RedirectAttributes redirect) {
        requireWriter();
        model.addAttribute("editing", id);
        ActivityDetails.Kept kept = details.kept(id, ActivityForm.FORM_ROLES);
        return save(form, model, redirect, kept, draft -> {
            service.update(id, form.getRowVersion(), draft);
            return id;
        }, "activities.updated");
    }

    /** Checks the numbers typed, stores the draft, and shows the activity; or the form again with the problems. */
    private String save(ActivityForm form, Model model, RedirectAttributes redirect, ActivityDetails.Kept kept,
                        ToLongFunction<ActivityDraft> store, String savedKey) {
        Map<String, String> numberErrors = new HashMap<>();
        try {
            var draft = form.toDraft(numberErrors, kept);
            if (!numberErrors.isEmpty()) {
                Map<String, String> errors = new HashMap<>();
                numberErrors.forEach((f, v) -> errors.put(f, messages.get("ledger.error.notANumber", v)));
                model.addAttribute("errors", errors);
                return show(model, form);
            }
            long id = store.applyAsLong(draft);
            redirect.addFlashAttribute("flash", messages.get(savedKey));
            return "redirect:/activities/" + id;
        } catch (ValidationFailure e) {
            model.addAttribute("errors", messages.byField(e));
        }
        return show(model, form);
    }

    @GetMapping("/activities/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("a", details.load(id));
        model.addAttribute("attachments", attachments.list(OWNER, id));
        model.addAttribute("canWrite", access.role().map(r -> !r.readOnly()).orElse(false));
        return "activities/activity";
    }

    @PostMapping("/activities/{id}/attachments")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        requireWriter();
        details.load(id);
        try {
            attachments.store(OWNER, id, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("flash", messages.get("attachment.saved", file.getOriginalFilename()));
            return "redirect:/activities/" + id;
        } catch (ValidationFailure e) {
            model.addAttribute("uploadErrors", messages.byField(e));
            return detail(id, model);
        }
    }

    @GetMapping("/activities/{id}/attachments/{attachmentId}")
    void download(@PathVariable long id, @PathVariable long attachmentId, HttpServletResponse response) throws IOException {
        details.load(id);
        send(attachments.load(OWNER, id, attachmentId).orElseThrow(NotFound::new), response);
    }

    static void send(Attachments.AttachmentFile file, HttpServletResponse response) throws IOException {
        response.setContentType(file.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(file.content());
    }

    private void requireWriter() {
        Role role = access.role().orElseThrow(Forbidden::new);
        if (role.readOnly()) {
            throw new Forbidden();
        }
    }

    private java.util.Optional<UnitView> home() {
        return access.user().map(CurrentUser::homeUnitId).flatMap(id -> units.byId(id, access.current()));
    }

    private String show(Model model, ActivityForm form) {
        model.addAttribute("form", form);
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("venues", VenueKind.values());
        List<UnitView> places = home().filter(u -> u.level() == UnitLevel.COMMUNE || u.level() == UnitLevel.RESIDENTIAL_AREA)
                .map(u -> placesOf(u)).orElse(List.of());
        model.addAttribute("places", places);
        return "activities/form";
    }

    /** Residential areas first, then religious sites and other establishments, of the user's commune or area. */
    private List<UnitView> placesOf(UnitView home) {
        LocalDate today = LocalDate.now();
        List<UnitView> list = new java.util.ArrayList<>(units.children(home.id(), today, access.current()));
        list.sort(java.util.Comparator.comparing((UnitView u) -> u.level() == UnitLevel.ESTABLISHMENT ? (u.type().isReligiousSite() ? 1 : 2) : 0));
        if (home.level() == UnitLevel.RESIDENTIAL_AREA) {
            list.add(0, home);
        }
        return list;
    }
}
