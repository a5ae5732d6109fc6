package vn.xomantoan.evaluation.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.xomantoan.evaluation.FactRef;
import vn.xomantoan.evaluation.domain.AuthorityRules;
import vn.xomantoan.evaluation.domain.CaseAction;
import vn.xomantoan.evaluation.domain.CaseState;
import vn.xomantoan.evaluation.domain.CaseWorkflow;
import vn.xomantoan.evaluation.domain.CriteriaCatalog;
import vn.xomantoan.evaluation.domain.CriteriaSet;
import vn.xomantoan.evaluation.domain.Criterion;
import vn.xomantoan.evaluation.domain.EvalCase;
import vn.xomantoan.evaluation.domain.Mode;
import vn.xomantoan.evaluation.domain.Verdict;
import vn.xomantoan.evaluation.jdbc.CaseStore;
import vn.xomantoan.evaluation.jdbc.ResultStore;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Assembles what the case page and the API show about cases: criteria with verdicts, explanations, deadlines. */
@Component("evaluationCaseViews")
class CaseViews {

    private final CaseStore cases;
    private final ResultStore results;
    private final CriteriaCatalog catalog;
    private final CaseWorkflow workflow;
    private final ExplanationText text;

    CaseViews(CaseStore cases, ResultStore results, CriteriaCatalog catalog, CaseWorkflow workflow, ExplanationText text) {
        this.cases = cases;
        this.results = results;
        this.catalog = catalog;
        this.workflow = workflow;
        this.text = text;
    }

    record CriterionView(String code, String text, Mode mode, Verdict verdict, Verdict autoVerdict, String explanation,
                         List<FactRef> refs, ResultStore.Answer answer, LocalDateTime computedAt) {
        boolean needsHuman() {
            return !verdict.decided();
        }
    }

    record Deadline(String key, LocalDate date, boolean overdue) {
    }

    record CaseDetails(EvalCase evalCase, CriteriaSet set, List<CriterionView> criteria, List<Deadline> deadlines,
                       AuthorityRules.Authority authority, List<CaseAction> actions) {
    }

    CaseDetails details(EvalCase c) {
        CriteriaSet set = catalog.set(c.setCode());
        List<CriterionView> criteria = criteria(c, results.results(c.id()), results.answers(c.id()));
        return new CaseDetails(c, set, criteria, deadlines(c, set), workflow.authority(c), workflow.availableActions(c));
    }

    List<CriterionView> criteria(EvalCase c, Map<String, ResultStore.StoredResult> stored, Map<String, ResultStore.Answer> answers) {
        List<CriterionView> list = new ArrayList<>();
        for (Criterion cr : catalog.criteria(c.setCode(), cases.provinceCode(c.unitVersionId()))) {
            list.add(view(cr, stored.get(cr.code()), answers.get(cr.code())));
        }
        return list;
    }

    CriterionView view(Criterion cr, ResultStore.StoredResult r, ResultStore.Answer a) {
        Verdict auto = r != null ? r.verdict() : cr.mode() == Mode.HUMAN ? Verdict.PENDING : Verdict.MISSING_DATA;
        String explanation = r != null ? text.render(r.explanation())
                : cr.mode() == Mode.HUMAN ? text.message("eval.x.human") : text.message("eval.x.notRun");
        return new CriterionView(cr.code(), cr.text(LocaleContextHolder.getLocale()), cr.mode(), a != null ? a.verdict() : auto, auto,
                explanation, r == null ? List.of() : r.refs(), a, r == null ? null : r.computedAt());
    }

    /** Criteria views of many cases in a few queries (board, API lists). */
    Map<Long, List<CriterionView>> criteriaOf(List<EvalCase> list) {
        List<Long> ids = list.stream().map(EvalCase::id).toList();
        Map<Long, Map<String, ResultStore.StoredResult>> stored = results.resultsFor(ids);
        Map<Long, Map<String, ResultStore.Answer>> given = results.answersFor(ids);
        Map<String, String> provinces = new java.util.HashMap<>();
        Map<String, List<Criterion>> criteria = new java.util.HashMap<>();
        Map<Long, List<CriterionView>> out = new java.util.LinkedHashMap<>();
        for (EvalCase c : list) {
            String province = provinces.computeIfAbsent(c.communeCode(), k -> cases.provinceCode(c.unitVersionId()));
            List<Criterion> set = criteria.computeIfAbsent(c.setCode() + "|" + province, k -> catalog.criteria(c.setCode(), province));
            Map<String, ResultStore.StoredResult> r = stored.getOrDefault(c.id(), Map.of());
            Map<String, ResultStore.Answer> a = given.getOrDefault(c.id(), Map.of());
            out.put(c.id(), set.stream().map(cr -> view(cr, r.get(cr.code()), a.get(cr.code()))).toList());
        }
        return out;
    }

    /** Criteria of many cases of one set at once (the board). */
    Map<Long, Map<String, ResultStore.StoredResult>> results(Collection<Long> ids) {
        return results.resultsFor(ids);
    }

    Map<Long, Map<String, ResultStore.Answer>> answers(Collection<Long> ids) {
        return results.answersFor(ids);
    }

    static List<Deadline> deadlines(EvalCase c, CriteriaSet set) {
        LocalDate today = LocalDate.now();
        List<Deadline> list = new ArrayList<>();
        list.add(new Deadline("eval.deadline.window", set.windowStart(c.year()), false));
        list.add(new Deadline("eval.deadline.registration", set.registrationDeadline(c.year()),
                c.state() == CaseState.ELIGIBLE && today.isAfter(set.registrationDeadline(c.year()))));
        list.add(new Deadline("eval.deadline.windowEnd", set.windowEnd(c.year()), false));
        list.add(new Deadline("eval.deadline.decision", set.decisionDeadline(c.year()),
                c.state().registered() && !c.state().decided() && today.isAfter(set.decisionDeadline(c.year()))));
        return list;
    }

    boolean overdue(EvalCase c, CriteriaSet set) {
        return deadlines(c, set).stream().anyMatch(Deadline::overdue);
    }
}
