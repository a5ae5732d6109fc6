package vn.xomantoan.evaluation.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.evaluation.jdbc.CaseStore;
import vn.xomantoan.evaluation.jdbc.ResultStore;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.text.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Transitions of recognition cases and answers to criteria, with the rules of §7 and the roles' rights. */
@Service("evaluationCaseWorkflow")
public class CaseWorkflow {

    private final AccessScope access;
    private final CaseStore cases;
    private final ResultStore results;
    private final CriteriaCatalog catalog;
    private final AuthorityRules authorities;
    private final EvaluationService evaluation;
    private final AuditLog audit;

    CaseWorkflow(AccessScope access, CaseStore cases, ResultStore results, CriteriaCatalog catalog, AuthorityRules authorities,
                 EvaluationService evaluation, AuditLog audit) {
        this.access = access;
        this.cases = cases;
        this.results = results;
        this.catalog = catalog;
        this.authorities = authorities;
        this.evaluation = evaluation;
        this.audit = audit;
    }

    public EvalCase visible(long caseId) {
        return cases.byId(caseId, access.current()).orElseThrow(NotFound::new);
    }

    public AuthorityRules.Authority authority(EvalCase c) {
        CriteriaSet set = catalog.set(c.setCode());
        return authorities.forCase(c.kind(), set.decisionDeadline(c.year()), provinceOf(c));
    }

    String provinceOf(EvalCase c) {
        return cases.provinceCode(c.unitVersionId());
    }

    public boolean mayAct(EvalCase c, CaseAction action) {
        Role role = access.role().orElse(null);
        return role != null && action.allowedFrom(c.state()) && CasePermissions.mayAct(role, c.kind(), action, authority(c).deciderLevel());
    }

    public List<CaseAction> availableActions(EvalCase c) {
        Role role = access.role().orElse(null);
        List<CaseAction> list = new ArrayList<>();
        if (role == null) {
            return list;
        }
        String deciderLevel = authority(c).deciderLevel();
        for (CaseAction a : CaseAction.values()) {
            if (a != CaseAction.MONITOR && a.allowedFrom(c.state()) && CasePermissions.mayAct(role, c.kind(), a, deciderLevel)) {
                list.add(a);
            }
        }
        return list;
    }

    @Transactional
    public EvalCase transition(long caseId, CaseAction action, LocalDate date, String note, Long rowVersion) {
        EvalCase c = visible(caseId);
        Role role = access.role().orElseThrow(Forbidden::new);
        if (!CasePermissions.mayAct(role, c.kind(), action, authority(c).deciderLevel())) {
            throw new Forbidden();
        }
        return apply(c, action, date, VietnameseText.clean(note), rowVersion, null, null);
    }

    /** Checks and applies one transition (the caller has checked scope and role). */
    EvalCase apply(EvalCase c, CaseAction action, LocalDate date, String note, Long rowVersion, Long decisionId, String certificateNo) {
        if (rowVersion != null && rowVersion != c.rowVersion()) {
            throw ValidationFailure.of("rowVersion", "eval.error.concurrent");
        }
        if (!action.allowedFrom(c.state())) {
            throw ValidationFailure.of("action", "eval.error.transition", key("eval.action." + action), key("eval.state." + c.state()));
        }
        if (date == null) {
            throw ValidationFailure.of("date", "eval.error.dateRequired");
        }
        if (date.isAfter(LocalDate.now())) {
            throw ValidationFailure.of("date", "eval.error.futureDate");
        }
        if (action.needsNote() && (note == null || note.isBlank())) {
            throw ValidationFailure.of("note", "eval.error.noteRequired", key("eval.action." + action));
        }
        CriteriaSet set = catalog.set(c.setCode());
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        String outcome = c.outcome();
        switch (action) {
            case REGISTER -> {
                if (date.isAfter(set.registrationDeadline(c.year()))) {
                    throw ValidationFailure.of("date", "eval.error.registrationLate", fmt(set.registrationDeadline(c.year())));
                }
                if (date.isBefore(set.windowStart(c.year()))) {
                    throw ValidationFailure.of("date", "eval.error.registrationEarly", fmt(set.windowStart(c.year())));
                }
                dates.put("registered_on", date);
            }
            case SELF_REVIEW -> {
                if (date.isBefore(set.windowEnd(c.year()))) {
                    throw ValidationFailure.of("date", "eval.error.reviewBeforeWindowEnd", fmt(set.windowEnd(c.year())));
                }
                List<String> undecided = evaluation.refresh(c, provinceOf(c)).entrySet().stream()
                        .filter(e -> !e.getValue().decided()).map(Map.Entry::getKey).toList();
                if (!undecided.isEmpty()) {
                    throw ValidationFailure.of("action", "eval.error.criteriaUndecided", String.join(", ", undecided));
                }
                dates.put("self_reviewed_on", date);
            }
            case SUBMIT -> {
                requireNotBefore(date, c.selfReviewedOn());
                dates.put("submitted_on", date);
            }
            case START_APPRAISAL -> {
                requireNotBefore(date, c.submittedOn());
                dates.put("appraisal_on", date);
            }
            case RECOGNISE -> {
                requireNotBefore(date, c.appraisalOn());
                if (evaluation.refreshVerdict(c, provinceOf(c)) != OverallVerdict.MET) {
                    throw ValidationFailure.of("action", "eval.error.notAllMet");
                }
                outcome = "RECOGNISED";
                dates.put("decided_on", date);
            }
            case NOT_RECOGNISE -> {
                requireNotBefore(date, c.appraisalOn());
                outcome = "NOT_RECOGNISED";
                dates.put("decided_on", date);
            }
            case CORRECT -> outcome = c.recognised() ? "NOT_RECOGNISED" : "RECOGNISED";
            default -> {
            }
        }
        CaseState target = action.target(c.state(), c.outcome());
        if (!cases.updateState(c, target, outcome, dates, decisionId, certificateNo)) {
            throw ValidationFailure.of("rowVersion", "eval.error.concurrent");
        }
        String user = access.user().map(u -> u.getUsername()).orElse("system");
        cases.recordTransition(c.id(), action.name(), c.state(), target, date, note, user);
        Map<String, Object> before = new HashMap<>();
        before.put("state", c.state().name());
        before.put("outcome", c.outcome());
        Map<String, Object> after = new HashMap<>();
        after.put("state", target.name());
        after.put("outcome", outcome);
        after.put("date", date.toString());
        after.put("note", note);
        audit.record(AuditAction.UPDATE, "eval_case", c.id(), summary(action, c, target, note), before, after);
        return cases.byIds(List.of(c.id())).get(0);
    }

    private static String summary(CaseAction action, EvalCase c, CaseState target, String note) {
        String s = "Hồ sơ công nhận " + c.unitName() + " năm " + c.year() + ": " + c.state() + " → " + target + " (" + action + ")";
        return note == null || note.isBlank() ? s : s + ". Lý do: " + note;
    }

    private static org.springframework.context.MessageSourceResolvable key(String code) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(code);
    }

    private static void requireNotBefore(LocalDate date, LocalDate previous) {
        if (previous != null && date.isBefore(previous)) {
            throw ValidationFailure.of("date", "eval.error.dateBeforePrevious", fmt(previous));
        }
    }

    private static String fmt(LocalDate d) {
        return vn.xomantoan.shared.web.WebDates.format(d);
    }

    /** Records (or changes) a person's verdict on a criterion, with a note that says on what evidence. */
    @Transactional
    public void answer(long caseId, String criterionCode, Verdict verdict, String note, Long rowVersion) {
        EvalCase c = visible(caseId);
        Role role = access.role().orElseThrow(Forbidden::new);
        if (!CasePermissions.mayAnswer(role, c.kind())) {
            throw new Forbidden();
        }
        Criterion criterion = catalog.criteria(c.setCode(), provinceOf(c)).stream()
                .filter(cr -> cr.code().equals(criterionCode)).findFirst()
                .orElseThrow(() -> ValidationFailure.of("criterion", "eval.error.unknownCriterion", criterionCode));
        List<ValidationFailure.Problem> problems = new ArrayList<>();
        if (verdict == null || !verdict.decided()) {
            problems.add(new ValidationFailure.Problem("verdict", "eval.error.verdictRequired", null));
        }
        String cleanNote = VietnameseText.clean(note);
        if (cleanNote == null || cleanNote.length() < 5) {
            problems.add(new ValidationFailure.Problem("note", "eval.error.answerNoteRequired", null));
        } else if (cleanNote.length() > 2000) {
            problems.add(new ValidationFailure.Problem("note", "eval.error.noteTooLong", new Object[]{2000}));
        }
        if (!c.state().open()) {
            problems.add(new ValidationFailure.Problem("verdict", "eval.error.caseDecided", null));
        }
        if (criterion.mode() == Mode.AUTO) {
            ResultStore.StoredResult auto = results.results(c.id()).get(criterionCode);
            if (auto != null && auto.verdict().decided()) {
                problems.add(new ValidationFailure.Problem("verdict", "eval.error.autoDecided", new Object[]{criterionCode}));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        String user = access.user().map(u -> u.getUsername()).orElse("system");
        ResultStore.Answer existing = results.answers(c.id()).get(criterionCode);
        if (existing == null) {
            results.insertAnswer(c.id(), criterionCode, verdict, cleanNote, user);
        } else {
            long expected = rowVersion == null ? existing.rowVersion() : rowVersion;
            if (!results.updateAnswer(existing.id(), expected, verdict, cleanNote, user)) {
                throw ValidationFailure.of("verdict", "eval.error.concurrent");
            }
        }
        evaluation.refreshVerdict(c, provinceOf(c));
        Map<String, Object> after = Map.of("criterion", criterionCode, "verdict", verdict.name(), "note", cleanNote);
        audit.record(existing == null ? AuditAction.CREATE : AuditAction.UPDATE, "eval_answer", c.id() + "/" + criterionCode,
                "Đánh giá tiêu chí " + criterionCode + " của " + c.unitName() + " năm " + c.year() + ": " + verdict,
                existing == null ? null : Map.of("verdict", existing.verdict().name(), "note", existing.note()), after);
    }
}
