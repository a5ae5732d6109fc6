package vn.xomantoan.commitments.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.commitments.CriteriaSet;
import vn.xomantoan.identity.Role;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.ValidationFailure.Problem;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Creates and edits campaigns. Provinces and communes own campaigns; the criteria set follows the year. */
@Service
public class CampaignService {

    static final int FIRST_YEAR = 2012;

    private final CampaignStore store;
    private final FormTemplateStore templates;
    private final CommitmentAccess access;
    private final AuditLog audit;

    CampaignService(CampaignStore store, FormTemplateStore templates, CommitmentAccess access, AuditLog audit) {
        this.store = store;
        this.templates = templates;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public long create(CampaignDraft draft) {
        if (!access.canManageCampaigns()) {
            throw new Forbidden();
        }
        List<Problem> problems = new ArrayList<>();
        int year = checkYear(draft.year(), problems);
        if (draft.subjectKind() == null) {
            problems.add(new Problem("subjectKind", "commitments.campaign.error.kindRequired", null));
        }
        LocalDate deadline = draft.deadline() == null && year > 0 ? Campaign.defaultDeadline(year) : draft.deadline();
        UnitView owner = year > 0 ? owner(draft.ownerCode(), deadline == null ? Campaign.defaultDeadline(year) : deadline, problems) : null;
        Checked checked = checkCommon(draft, year, deadline, problems);
        if (owner != null && draft.subjectKind() != null && store.exists(year, draft.subjectKind(), owner.id(), null)) {
            problems.add(new Problem("ownerCode", "commitments.campaign.error.duplicate", new Object[]{owner.name(), year}));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        CriteriaSet criteria = CriteriaSet.forYear(year);
        long id = store.insert(year, draft.subjectKind(), owner.id(), checked.name, deadline, checked.grace, criteria,
                checked.template.id(), VietnameseText.searchKey(checked.name + " " + owner.name()), access.username());
        audit.record(AuditAction.CREATE, "CommitmentCampaign", id,
                "Tạo đợt " + label(criteria) + " năm " + year + " của " + owner.name() + ": " + checked.name, null,
                snapshot(year, draft.subjectKind().name(), owner.code(), checked.name, deadline, checked.grace, checked.template));
        return id;
    }

    @Transactional
    public void update(long id, long rowVersion, CampaignDraft draft) {
        Campaign before = store.byId(id, access.scope()).orElseThrow(NotFound::new);
        if (!canEdit(before)) {
            throw new Forbidden();
        }
        List<Problem> problems = new ArrayList<>();
        LocalDate deadline = draft.deadline() == null ? Campaign.defaultDeadline(before.year()) : draft.deadline();
        CampaignDraft effective = new CampaignDraft(before.year(), before.subjectKind(), before.ownerCode(), draft.name(),
                deadline, draft.graceDays(), draft.templateId());
        Checked checked = checkCommon(effective, before.year(), deadline, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        int n = store.update(id, rowVersion, checked.name, deadline, checked.grace, checked.template.id(),
                VietnameseText.searchKey(checked.name + " " + before.ownerName()));
        if (n == 0) {
            throw ValidationFailure.of("", "error.concurrentChange");
        }
        audit.record(AuditAction.UPDATE, "CommitmentCampaign", id,
                "Sửa đợt " + label(before.criteriaSet()) + " năm " + before.year() + " của " + before.ownerName(),
                snapshot(before.year(), before.subjectKind().name(), before.ownerCode(), before.name(), before.deadline(),
                        before.graceDays(), templates.byId(before.templateId()).orElse(null)),
                snapshot(before.year(), before.subjectKind().name(), before.ownerCode(), checked.name, deadline, checked.grace,
                        checked.template));
    }

    /** Province staff edit any visible campaign; commune officers only their commune's. */
    public boolean canEdit(Campaign campaign) {
        Role role = access.role();
        if (role == Role.ADMIN || role == Role.PROVINCE_OFFICER) {
            return access.scope().contains(campaign.ownerPath());
        }
        return role == Role.COMMUNE_OFFICER && access.scope().contains(campaign.ownerPath());
    }

    private record Checked(String name, int grace, FormTemplate template) {
    }

    private Checked checkCommon(CampaignDraft draft, int year, LocalDate deadline, List<Problem> problems) {
        String name = VietnameseText.clean(draft.name());
        if (name == null || name.isEmpty()) {
            problems.add(new Problem("name", "commitments.campaign.error.nameRequired", null));
        } else if (name.length() > 300) {
            problems.add(new Problem("name", "commitments.campaign.error.nameTooLong", null));
        }
        if (year > 0 && deadline != null
                && (deadline.isBefore(LocalDate.of(year - 1, 11, 1)) || deadline.isAfter(LocalDate.of(year, 10, 31)))) {
            problems.add(new Problem("deadline", "commitments.campaign.error.deadlineOutsideWindow",
                    new Object[]{"01/11/" + (year - 1), "31/10/" + year}));
        }
        int grace = draft.graceDays() == null ? Campaign.DEFAULT_GRACE_DAYS : draft.graceDays();
        if (grace < 0 || grace > 365) {
            problems.add(new Problem("graceDays", "commitments.campaign.error.graceRange", null));
        }
        FormTemplate template = null;
        if (draft.templateId() == null) {
            problems.add(new Problem("templateId", "commitments.campaign.error.templateRequired", null));
        } else if (year > 0 && draft.subjectKind() != null) {
            template = templates.byId(draft.templateId()).orElse(null);
            CriteriaSet criteria = CriteriaSet.forYear(year);
            if (template == null || template.criteriaSet() != criteria || template.subjectKind() != draft.subjectKind()) {
                problems.add(new Problem("templateId", "commitments.campaign.error.templateMismatch",
                        new Object[]{year, criteria == CriteriaSet.TT23_2012 ? "23/2012/TT-BCA" : "124/2021/TT-BCA"}));
            }
        }
        return new Checked(name, grace, template);
    }

    private int checkYear(Integer year, List<Problem> problems) {
        int max = LocalDate.now().getYear() + 1;
        if (year == null || year < FIRST_YEAR || year > max) {
            problems.add(new Problem("year", "commitments.campaign.error.yearRange", new Object[]{String.valueOf(FIRST_YEAR), String.valueOf(max)}));
            return 0;
        }
        return year;
    }

    private UnitView owner(String code, LocalDate on, List<Problem> problems) {
        String c = code == null ? "" : code.trim();
        if (c.isEmpty()) {
            problems.add(new Problem("ownerCode", "commitments.campaign.error.ownerRequired", null));
            return null;
        }
        UnitView owner = access.units().validOn(c, on, access.scope()).orElse(null);
        if (owner == null) {
            problems.add(new Problem("ownerCode", "commitments.campaign.error.ownerUnknown",
                    new Object[]{c, vn.xomantoan.shared.web.WebDates.format(on)}));
            return null;
        }
        boolean allowed = owner.level() == UnitLevel.COMMUNE
                || (owner.level() == UnitLevel.PROVINCE && access.role() != Role.COMMUNE_OFFICER);
        if (!allowed) {
            problems.add(new Problem("ownerCode", "commitments.campaign.error.ownerLevel", new Object[]{owner.name()}));
            return null;
        }
        return owner;
    }

    private static Map<String, Object> snapshot(int year, String kind, String owner, String name, LocalDate deadline, int grace,
                                                FormTemplate template) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("subjectKind", kind);
        m.put("owner", owner);
        m.put("name", name);
        m.put("deadline", deadline == null ? null : deadline.toString());
        m.put("graceDays", grace);
        m.put("template", template == null ? null : template.code() + " v" + template.version());
        return m;
    }

    static String label(CriteriaSet criteria) {
        return criteria == CriteriaSet.TT23_2012 ? "ký cam kết" : "đăng ký tham gia";
    }
}
