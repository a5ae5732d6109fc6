package vn.xomantoan.commitments.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xomantoan.commitments.domain.CommitmentAccess;
import vn.xomantoan.commitments.domain.FormTemplate;
import vn.xomantoan.commitments.domain.FormTemplateService;
import vn.xomantoan.commitments.domain.FormTemplateStore;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Form templates: read by everyone, edited (as a new version) by provincial staff. */
@Controller
class CommitmentTemplateController {

    private static final String PLACEHOLDER_LIST = FormTemplate.PLACEHOLDERS.stream().map(p -> "{{" + p + "}}")
            .collect(java.util.stream.Collectors.joining(", "));

    private final FormTemplateStore store;
    private final FormTemplateService service;
    private final CommitmentAccess access;
    private final Messages messages;

    CommitmentTemplateController(FormTemplateStore store, FormTemplateService service, CommitmentAccess access, Messages messages) {
        this.store = store;
        this.service = service;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/commitments/templates")
    String list(Model model) {
        model.addAttribute("templates", store.latest());
        model.addAttribute("canEdit", access.canEditTemplates());
        return "commitments/templates";
    }

    @GetMapping("/commitments/templates/{id}")
    String one(@PathVariable long id, Model model) {
        FormTemplate t = store.byId(id).orElseThrow(NotFound::new);
        model.addAttribute("template", t);
        model.addAttribute("versions", store.versions(t.code()));
        model.addAttribute("canEdit", access.canEditTemplates());
        model.addAttribute("placeholderList", PLACEHOLDER_LIST);
        return "commitments/template";
    }

    @GetMapping("/commitments/templates/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        if (!access.canEditTemplates()) {
            throw new Forbidden();
        }
        FormTemplate newest = store.versions(store.byId(id).orElseThrow(NotFound::new).code()).get(0);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", newest.title());
        form.put("validFrom", WebDates.format(LocalDate.now()));
        form.put("body", newest.body());
        form.put("commitmentsText", newest.commitmentsText());
        return show(model, newest, form, Map.of());
    }

    @PostMapping("/commitments/templates/{id}/edit")
    String save(@PathVariable long id, @RequestParam int basedOnVersion, @RequestParam(required = false) String title,
                @RequestParam(required = false) String validFrom, @RequestParam(required = false) String body,
                @RequestParam(required = false) String commitmentsText, Model model, RedirectAttributes redirect) {
        if (!access.canEditTemplates()) {
            throw new Forbidden();
        }
        FormTemplate base = store.byId(id).orElseThrow(NotFound::new);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("validFrom", validFrom);
        form.put("body", body);
        form.put("commitmentsText", commitmentsText);
        try {
            long newId = service.saveNewVersion(id, basedOnVersion, title, WebParams.date(validFrom, null, "validFrom"), body,
                    commitmentsText);
            redirect.addFlashAttribute("flash", messages.get("commitments.template.savedVersion"));
            return "redirect:/commitments/templates/" + newId;
        } catch (ValidationFailure e) {
            FormTemplate shown = new FormTemplate(base.id(), base.code(), basedOnVersion, base.title(), base.criteriaSet(),
                    base.subjectKind(), base.validFrom(), base.body(), base.commitmentsText(), base.createdAt(), base.createdBy());
            return show(model, shown, form, messages.byField(e));
        }
    }

    private String show(Model model, FormTemplate base, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("template", base);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("placeholderList", PLACEHOLDER_LIST);
        return "commitments/template-form";
    }
}
