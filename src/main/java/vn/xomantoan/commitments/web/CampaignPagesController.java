package vn.xomantoan.commitments.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xomantoan.commitments.CriteriaSet;
import vn.xomantoan.commitments.SubjectKind;
import vn.xomantoan.commitments.domain.Campaign;
import vn.xomantoan.commitments.domain.CampaignDraft;
import vn.xomantoan.commitments.domain.CampaignService;
import vn.xomantoan.commitments.domain.CampaignStore;
import vn.xomantoan.commitments.domain.CommitmentAccess;
import vn.xomantoan.commitments.domain.FormTemplateStore;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The list of campaigns, and creating or editing one. */
@Controller
class CampaignPagesController {

    private static final int PAGE_SIZE = 25;

    private final CampaignStore campaigns;
    private final CampaignService service;
    private final FormTemplateStore templates;
    private final CommitmentAccess access;
    private final Messages messages;
    private final CommitmentXlsx xlsx;

    CampaignPagesController(CampaignStore campaigns, CampaignService service, FormTemplateStore templates,
                            CommitmentAccess access, Messages messages, CommitmentXlsx xlsx) {
        this.campaigns = campaigns;
        this.service = service;
        this.templates = templates;
        this.access = access;
        this.messages = messages;
        this.xlsx = xlsx;
    }

    @GetMapping("/commitments")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) SubjectKind kind,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<Campaign> result = campaigns.search(year, kind, VietnameseText.searchKey(q), Math.max(0, page), PAGE_SIZE, access.scope());
        model.addAttribute("result", result);
        model.addAttribute("year", year);
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("kinds", SubjectKind.values());
        model.addAttribute("currentYear", LocalDate.now().getYear());
        model.addAttribute("canCreate", access.canManageCampaigns());
        model.addAttribute("canEditTemplates", access.canEditTemplates());
        return "commitments/campaigns";
    }

    @GetMapping("/commitments/export.xlsx")
    void export(@RequestParam(required = false) Integer year, @RequestParam(required = false) SubjectKind kind,
                @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        Page<Campaign> result = campaigns.search(year, kind, VietnameseText.searchKey(q), 0, 10_000, access.scope());
        List<String> headers = List.of(messages.get("commitments.campaign.year"), messages.get("commitments.campaign.name"),
                messages.get("commitments.campaign.subjectKind"), messages.get("commitments.campaign.owner"),
                messages.get("commitments.campaign.ownerCode"), messages.get("commitments.campaign.deadline"),
                messages.get("commitments.campaign.graceDays"), messages.get("commitments.campaign.criteriaSet"),
                messages.get("commitments.campaign.template"));
        List<List<Object>> rows = result.items().stream().<List<Object>>map(c -> List.of(c.year(), c.name(),
                messages.get("commitments.kind." + c.subjectKind()), c.ownerName(), c.ownerCode(), c.deadline(), c.graceDays(),
                messages.get("commitments.criteria." + c.criteriaSet()), c.templateCode() + " v" + c.templateVersion())).toList();
        xlsx.write(response, "dot-cam-ket.xlsx", messages.get("commitments.campaigns.title"), headers, rows);
    }

    @GetMapping("/commitments/campaigns/new")
    String newForm(@RequestParam(required = false) Integer year, Model model) {
        if (!access.canManageCampaigns()) {
            throw new Forbidden();
        }
        int y = year == null ? LocalDate.now().getYear() : year;
        CampaignForm form = new CampaignForm();
        form.setYear(String.valueOf(y));
        form.setDeadline(vn.xomantoan.shared.web.WebDates.format(Campaign.defaultDeadline(y)));
        form.setGraceDays(String.valueOf(Campaign.DEFAULT_GRACE_DAYS));
        homeOwner().ifPresent(u -> form.setOwnerCode(u.code()));
        templates.newestUsable(CriteriaSet.forYear(y), SubjectKind.HOUSEHOLD).ifPresent(t -> form.setTemplateId(t.id()));
        form.setName(defaultName(y, SubjectKind.HOUSEHOLD));
        return show(model, form, null);
    }

    @PostMapping("/commitments/campaigns/new")
    String create(@ModelAttribute("form") CampaignForm form, Model model, RedirectAttributes redirect) {
        if (!access.canManageCampaigns()) {
            throw new Forbidden();
        }
        try {
            long id = service.create(draft(form));
            redirect.addFlashAttribute("flash", messages.get("common.saved"));
            return "redirect:/commitments/campaigns/" + id;
        } catch (ValidationFailure e) {
            model.addAttribute("errors", messages.byField(e));
        }
        return show(model, form, null);
    }

    @GetMapping("/commitments/campaigns/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Campaign c = campaigns.byId(id, access.scope()).orElseThrow(NotFound::new);
        if (!service.canEdit(c)) {
            throw new Forbidden();
        }
        return show(model, CampaignForm.of(c), c);
    }

    @PostMapping("/commitments/campaigns/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") CampaignForm form, Model model, RedirectAttributes redirect) {
        Campaign c = campaigns.byId(id, access.scope()).orElseThrow(NotFound::new);
        try {
            service.update(id, form.getRowVersion(), draft(form));
            redirect.addFlashAttribute("flash", messages.get("common.saved"));
            return "redirect:/commitments/campaigns/" + id;
        } catch (ValidationFailure e) {
            model.addAttribute("errors", messages.byField(e));
        }
        form.setYear(String.valueOf(c.year()));
        form.setSubjectKind(c.subjectKind());
        form.setOwnerCode(c.ownerCode());
        return show(model, form, c);
    }

    /** The templates a campaign of the typed year and kind may use (htmx fragment). */
    @GetMapping("/commitments/campaigns/template-options")
    String templateOptions(@RequestParam(required = false) String year, @RequestParam(required = false) SubjectKind subjectKind,
                           Model model) {
        CampaignForm form = new CampaignForm();
        form.setYear(year);
        form.setSubjectKind(subjectKind == null ? SubjectKind.HOUSEHOLD : subjectKind);
        addTemplates(model, form);
        model.addAttribute("form", form);
        return "commitments/fragments/template-options :: options";
    }

    private CampaignDraft draft(CampaignForm form) {
        Integer year = WebParams.integer(form.getYear(), "year", "commitments.campaign.error.yearNumber");
        Integer grace = WebParams.integer(form.getGraceDays(), "graceDays", "commitments.campaign.error.graceNumber");
        LocalDate deadline = WebParams.date(form.getDeadline(), null, "deadline");
        String name = form.getName();
        if ((name == null || name.isBlank()) && year != null && form.getSubjectKind() != null) {
            name = defaultName(year, form.getSubjectKind());
        }
        return new CampaignDraft(year, form.getSubjectKind(), form.getOwnerCode(), name, deadline, grace, form.getTemplateId());
    }

    private String defaultName(int year, SubjectKind kind) {
        return messages.get("commitments.campaign.defaultName." + CriteriaSet.forYear(year),
                messages.get("commitments.kindPlural." + kind), String.valueOf(year));
    }

    private java.util.Optional<UnitView> homeOwner() {
        return access.homeUnit().filter(u -> u.level() == UnitLevel.PROVINCE || u.level() == UnitLevel.COMMUNE);
    }

    private String show(Model model, CampaignForm form, Campaign campaign) {
        model.addAttribute("form", form);
        model.addAttribute("campaign", campaign);
        model.addAttribute("creating", campaign == null);
        model.addAttribute("kinds", SubjectKind.values());
        addTemplates(model, form);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "commitments/campaign-form";
    }

    private void addTemplates(Model model, CampaignForm form) {
        Integer year;
        try {
            year = WebParams.integer(form.getYear(), "year", "commitments.campaign.error.yearNumber");
        } catch (ValidationFailure e) {
            year = null;
        }
        CriteriaSet criteria = year == null ? null : CriteriaSet.forYear(year);
        model.addAttribute("criteria", criteria);
        model.addAttribute("templates", criteria == null || form.getSubjectKind() == null ? List.of()
                : templates.usable(criteria, form.getSubjectKind()));
    }
}
