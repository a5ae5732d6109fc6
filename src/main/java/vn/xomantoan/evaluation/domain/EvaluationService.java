package vn.xomantoan.evaluation.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.evaluation.jdbc.CaseStore;
import vn.xomantoan.evaluation.jdbc.ResultStore;
import vn.xomantoan.evaluation.jdbc.TargetFinder;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs the evaluation of one unit or of everything under it (a commune, a district, a province) for
 * a year: opens missing cases, applies the system transitions, asks the fact sources in batches,
 * evaluates every criterion and stores the results and verdicts, in one transaction.
 */
@Service
public class EvaluationService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EvaluationService.class);

    private final AccessScope access;
    private final UnitCatalog units;
    private final TargetFinder targets;
    private final CaseStore cases;
    private final ResultStore results;
    private final CriteriaCatalog catalog;
    private final FactsGateway facts;
    private final AuditLog audit;

    EvaluationService(AccessScope access, UnitCatalog units, TargetFinder targets, CaseStore cases, ResultStore results,
                      CriteriaCatalog catalog, FactsGateway facts, AuditLog audit) {
        this.access = access;
        this.units = units;
        this.targets = targets;
        this.cases = cases;
        this.results = results;
        this.catalog = catalog;
        this.facts = facts;
        this.audit = audit;
    }

    public record RunReport(String unitCode, String unitName, int year, List<CaseEvaluation> evaluations, long millis) {
        public Map<OverallVerdict, Long> counts() {
            Map<OverallVerdict, Long> m = new EnumMap<>(OverallVerdict.class);
            evaluations.forEach(e -> m.merge(e.overall(), 1L, Long::sum));
            return m;
        }
    }

    /** The hierarchy used for year N: the one of 31/10/N (the close of the residential-area window). */
    public static LocalDate referenceDate(int year) {
        return LocalDate.of(year, 10, 31);
    }

    /** The unit with this code as the evaluation of the year sees it, if the user may see it. */
    public UnitView unitFor(String code, int year, UnitScope scope) {
        if (code == null || code.isBlank()) {
            throw ValidationFailure.of("unit", "eval.error.unitRequired");
        }
        if (year < 2012 || year > LocalDate.now().getYear() + 1) {
            throw ValidationFailure.of("year", "eval.error.year", year);
        }
        return units.validOn(code.trim(), referenceDate(year), scope).orElseThrow(NotFound::new);
    }

    @Transactional
    public RunReport run(String unitCode, int year) {
        Role role = access.role().orElseThrow(Forbidden::new);
        UnitScope scope = access.current();
        UnitView root = unitFor(unitCode, year, scope);
        if (role.readOnly()) {
            throw new Forbidden();
        }
        return run(root, year, scope);
    }

    /** The run itself, for a unit already checked against the scope (also used by the demo loader). */
    @Transactional
    public RunReport run(UnitView root, int year, UnitScope scope) {
        return run(root, year, scope, RunProgress.NONE);
    }

    /** The run, telling {@code progress} of each phase (a job shows it as a progress bar). */
    @Transactional
    public RunReport run(UnitView root, int year, UnitScope scope, RunProgress progress) {
        long start = System.nanoTime();
        progress.reached("TARGETS", 5, 0);
        List<Target> found = targets.find(root, referenceDate(year), year, scope);
        lap("targets", start);
        if (found.isEmpty()) {
            throw ValidationFailure.of("unit", "eval.error.nothingToEvaluate");
        }
        progress.reached("CASES", 15, found.size());
        List<CriteriaSet> sets = catalog.sets();
        Function<UnitKind, CriteriaSet> setOf = kind -> CriteriaCatalog.setFor(kind, year, sets);
        String province = found.get(0).provinceCode();
        Map<String, List<Criterion>> criteriaBySet = new HashMap<>();
        Function<Target, List<Criterion>> criteriaOf = t -> criteriaBySet.computeIfAbsent(setOf.apply(t.kind()).code(),
                code -> catalog.criteria(code, province));
        int graceDays = criteriaOf.apply(new Target(0, "", "", UnitKind.RESIDENTIAL_AREA, "", province, "")).stream()
                .filter(c -> c.rule().equals("HOUSEHOLD_COVERAGE")).findFirst().map(c -> c.params().integer("graceDays", 30)).orElse(30);
        // The households' coverage is the longest read of a run: it goes on while cases, lineage and answers are read.
        FactsGateway.PendingCoverage coverage = facts.startCoverage(found, year, setOf, graceDays);

        Set<String> communes = new LinkedHashSet<>();
        found.forEach(t -> communes.add(t.communeCode()));
        Map<String, EvalCase> existing = cases.byCommunes(year, communes);
        int opened = cases.openMissing(found, year, k -> setOf.apply(k).code(), existing);
        lap("cases", start);
        Map<String, EvalCase> byCode = systemTransitions(found, year, setOf, opened > 0 ? cases.byCommunes(year, communes) : existing);

        Map<String, LocalDate> registrations = new HashMap<>();
        byCode.forEach((code, c) -> {
            if (c.registeredOn() != null) {
                registrations.put(code, c.registeredOn());
            }
        });
        CriteriaSet communeSet = setOf.apply(UnitKind.COMMUNE);
        Map<String, Set<String>> lineage = targets.communeLineage(found,
                List.of(communeSet.windowStart(year), communeSet.windowStart(year - 1), communeSet.windowEnd(year - 1)), referenceDate(year));
        lap("lineage", start);
        progress.reached("FACTS", 30, found.size());
        Map<Long, Map<String, Verdict>> answers = results.answerVerdictsFor(byCode.values().stream().map(EvalCase::id).toList());
        Map<String, UnitFacts> unitFacts = facts.collect(found, year, setOf, registrations, lineage, coverage);
        lap("facts+answers", start);
        progress.reached("RULES", 70, found.size());
        List<CaseEvaluation> evaluations = EvaluationEngine.evaluate(found, byCode, unitFacts, answers, criteriaOf);
        lap("rules", start);
        progress.reached("STORE", 80, found.size());
        store(evaluations);
        lap("store", start);
        audit.record(AuditAction.UPDATE, "evaluation_run", root.code() + "/" + year,
                "Đánh giá tự động " + evaluations.size() + " đơn vị thuộc " + root.name() + " năm " + year, null,
                Map.of("unit", root.code(), "year", year, "units", evaluations.size(), "openedCases", opened));
        return new RunReport(root.code(), root.name(), year, evaluations, (System.nanoTime() - start) / 1_000_000);
    }

    private static void lap(String phase, long start) {
        if (log.isDebugEnabled()) {
            log.debug("evaluation run: {} after {} ms", phase, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Registration deadline passed without registration → NOT_REGISTERED; registered → MONITORING. */
    private Map<String, EvalCase> systemTransitions(List<Target> found, int year, Function<UnitKind, CriteriaSet> setOf,
                                                   Map<String, EvalCase> byCode) {
        LocalDate today = LocalDate.now();
        List<EvalCase> lapsed = new ArrayList<>();
        List<EvalCase> registered = new ArrayList<>();
        for (Target t : found) {
            EvalCase c = byCode.get(t.code());
            if (c.state() == CaseState.ELIGIBLE && today.isAfter(setOf.apply(t.kind()).registrationDeadline(year))) {
                lapsed.add(c);
            } else if (c.state() == CaseState.REGISTERED) {
                registered.add(c);
            }
        }
        cases.moveAll(lapsed, CaseAction.DECLINE.name(), CaseState.NOT_REGISTERED, today, "Quá hạn đăng ký", "system");
        cases.moveAll(registered, CaseAction.MONITOR.name(), CaseState.MONITORING, today, null, "system");
        if (lapsed.isEmpty() && registered.isEmpty()) {
            return byCode;
        }
        Set<String> communes = new LinkedHashSet<>();
        found.forEach(t -> communes.add(t.communeCode()));
        return cases.byCommunes(year, communes);
    }

    private void store(List<CaseEvaluation> evaluations) {
        Map<Long, List<Outcome>> outcomes = new LinkedHashMap<>();
        Map<Long, OverallVerdict> changed = new LinkedHashMap<>();
        Map<Long, String> failing = new HashMap<>();
        for (CaseEvaluation e : evaluations) {
            long id = e.evalCase().id();
            outcomes.put(id, e.outcomes());
            if (e.overall() != e.evalCase().verdict() || !Objects.equals(e.failing(), e.evalCase().failing())) {
                changed.put(id, e.overall());
                failing.put(id, e.failing());
            }
        }
        results.replace(outcomes);
        cases.updateVerdicts(changed, failing, outcomes.keySet());
    }

    /** Recomputes the overall verdict of one case from its stored results and answers (after an answer). */
    public OverallVerdict refreshVerdict(EvalCase c, String provinceCode) {
        return refresh(c, provinceCode).values().stream().collect(java.util.stream.Collectors.collectingAndThen(
                java.util.stream.Collectors.toList(), OverallVerdict::of));
    }

    /** The final verdict of each criterion of the case (answers over automatic results), stored as the case's verdict. */
    public Map<String, Verdict> refresh(EvalCase c, String provinceCode) {
        List<Criterion> criteria = catalog.criteria(c.setCode(), provinceCode);
        Map<String, ResultStore.StoredResult> stored = results.results(c.id());
        Map<String, ResultStore.Answer> given = results.answers(c.id());
        Map<String, Verdict> finals = new LinkedHashMap<>();
        for (Criterion criterion : criteria) {
            ResultStore.Answer a = given.get(criterion.code());
            ResultStore.StoredResult r = stored.get(criterion.code());
            finals.put(criterion.code(), a != null ? a.verdict()
                    : r != null ? r.verdict() : criterion.mode() == Mode.HUMAN ? Verdict.PENDING : Verdict.MISSING_DATA);
        }
        OverallVerdict overall = OverallVerdict.of(finals.values());
        String failed = String.join(",", finals.entrySet().stream().filter(e -> e.getValue() == Verdict.NOT_MET).map(Map.Entry::getKey).toList());
        cases.updateVerdicts(Map.of(c.id(), overall), Map.of(c.id(), failed));
        return finals;
    }
}
