package vn.xomantoan.evaluation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.xomantoan.evaluation.domain.CaseState;
import vn.xomantoan.evaluation.domain.CaseWorkflow;
import vn.xomantoan.evaluation.domain.CasePermissions;
import vn.xomantoan.evaluation.domain.CriteriaCatalog;
import vn.xomantoan.evaluation.domain.CriteriaSet;
import vn.xomantoan.evaluation.domain.Criterion;
import vn.xomantoan.evaluation.domain.EvalCase;
import vn.xomantoan.evaluation.domain.EvaluationRuns;
import vn.xomantoan.evaluation.domain.EvaluationService;
import vn.xomantoan.evaluation.domain.RunJob;
import vn.xomantoan.evaluation.domain.OverallVerdict;
import vn.xomantoan.evaluation.domain.UnitKind;
import vn.xomantoan.evaluation.jdbc.CaseQueries;
import vn.xomantoan.evaluation.jdbc.CaseStore;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The commune's board, the province view, the results list and the criteria sets. */
@Controller
class EvaluationPageController {

    private final AccessScope access;
    private final UnitCatalog units;
    private final EvaluationService evaluation;
    private final CaseQueries queries;
    private final CaseStore cases;
    private final CaseViews views;
    private final CriteriaCatalog catalog;
    private final CaseWorkflow workflow;
    private final EvaluationRuns runs;

    EvaluationPageController(AccessScope access, UnitCatalog units, EvaluationService evaluation, CaseQueries queries, CaseStore cases,
                             CaseViews views, CriteriaCatalog catalog, CaseWorkflow workflow, EvaluationRuns runs) {
        this.access = access;
        this.units = units;
        this.evaluation = evaluation;
        this.queries = queries;
        this.cases = cases;
        this.views = views;
        this.catalog = catalog;
        this.workflow = workflow;
        this.runs = runs;
    }

    @GetMapping("/evaluation")
    String home() {
        UnitScope scope = access.current();
        UnitView home = access.user().map(u -> u.homeUnitId()).flatMap(id -> units.byId(id, scope))
                .or(() -> units.validOn("37", LocalDate.now(), scope))
                .or(() -> units.roots(LocalDate.now(), scope).stream().findFirst())
                .orElseThrow(vn.xomantoan.shared.NotFound::new);
        String page = home.level() == UnitLevel.PROVINCE || home.level() == UnitLevel.DISTRICT ? "province" : "board";
        return "redirect:/evaluation/" + page + "?unit=" + home.code() + "&year=" + LocalDate.now().getYear();
    }

    static int yearOr(Integer year) {
        return year == null ? LocalDate.now().getYear() : year;
    }

    static List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = LocalDate.now().getYear(); y >= 2013; y--) {
            years.add(y);
        }
        return years;
    }

    record BoardRow(EvalCase evalCase, Map<String, CaseViews.CriterionView> criteria, boolean overdue) {
    }

    @GetMapping("/evaluation/board")
    String board(@RequestParam String unit, @RequestParam(required = false) Integer year, Model model) {
        int y = yearOr(year);
        UnitScope scope = access.current();
        UnitView u = evaluation.unitFor(unit, y, scope);
        Page<EvalCase> all = queries.search(new CaseQueries.CaseFilter(y, u.path(), null, null, null, null), scope, 0, 0);
        Map<Long, List<CaseViews.CriterionView>> criteriaByCase = views.criteriaOf(all.items());
        String province = all.items().isEmpty() ? null : cases.provinceCode(all.items().get(0).unitVersionId());
        CriteriaSet areaSet = catalog.setFor(UnitKind.RESIDENTIAL_AREA, y);
        List<Criterion> areaCriteria = catalog.criteria(areaSet.code(), province);
        List<BoardRow> areaRows = new ArrayList<>();
        List<BoardRow> otherRows = new ArrayList<>();
        Map<String, CriteriaSet> sets = new LinkedHashMap<>();
        for (EvalCase c : all.items()) {
            CriteriaSet set = sets.computeIfAbsent(c.setCode(), catalog::set);
            Map<String, CaseViews.CriterionView> byCode = new LinkedHashMap<>();
            criteriaByCase.get(c.id()).forEach(v -> byCode.put(v.code(), v));
            BoardRow row = new BoardRow(c, byCode, views.overdue(c, set));
            (c.kind() == UnitKind.RESIDENTIAL_AREA ? areaRows : otherRows).add(row);
        }
        Role role = access.role().orElse(Role.LEADER);
        model.addAttribute("unit", u);
        model.addAttribute("year", y);
        model.addAttribute("years", years());
        model.addAttribute("areaSet", areaSet);
        model.addAttribute("areaCriteria", areaCriteria);
        model.addAttribute("areaRows", areaRows);
        model.addAttribute("otherRows", otherRows);
        model.addAttribute("canRun", CasePermissions.mayRun(role));
        model.addAttribute("appraisable", all.items().stream().filter(c -> c.state() == CaseState.UNDER_APPRAISAL
                && workflow.mayAct(c, vn.xomantoan.evaluation.domain.CaseAction.RECOGNISE)).toList());
        model.addAttribute("submittable", all.items().stream().filter(c -> c.state() == CaseState.SELF_REVIEWED
                && workflow.mayAct(c, vn.xomantoan.evaluation.domain.CaseAction.SUBMIT)).toList());
        model.addAttribute("today", LocalDate.now());
        return "evaluation/board";
    }

    @PostMapping("/evaluation/run")
    String run(@RequestParam String unit, @RequestParam int year, @RequestParam(defaultValue = "board") String back) {
        RunJob job = runs.start(unit, year, false);
        return "redirect:" + UriComponentsBuilder.fromPath("/evaluation/runs/" + job.id())
                .queryParam("back", "province".equals(back) ? "province" : "board").build().encode().toUriString();
    }

    @GetMapping("/evaluation/runs/{id}")
    String runPage(@PathVariable long id, @RequestParam(defaultValue = "board") String back, Model model) {
        model.addAttribute("job", runs.job(id));
        model.addAttribute("back", "province".equals(back) ? "province" : "board");
        return "evaluation/run";
    }

    @GetMapping("/evaluation/runs/{id}/progress")
    String runProgress(@PathVariable long id, @RequestParam(defaultValue = "board") String back, Model model) {
        runPage(id, back, model);
        return "evaluation/run :: status";
    }

    @GetMapping("/evaluation/province")
    String province(@RequestParam String unit, @RequestParam(required = false) Integer year, Model model) {
        int y = yearOr(year);
        UnitScope scope = access.current();
        UnitView u = evaluation.unitFor(unit, y, scope);
        List<CaseQueries.CommuneRow> rows = queries.communes(y, u.path(), scope);
        int units = rows.stream().mapToInt(CaseQueries.CommuneRow::units).sum();
        int recognised = rows.stream().mapToInt(CaseQueries.CommuneRow::recognisedUnits).sum();
        int areas = rows.stream().mapToInt(CaseQueries.CommuneRow::areas).sum();
        int areasRecognised = rows.stream().mapToInt(CaseQueries.CommuneRow::areasRecognised).sum();
        long communesRecognised = rows.stream().filter(r -> r.state() == CaseState.RECOGNISED || r.state() == CaseState.CLOSED).count();
        model.addAttribute("unit", u);
        model.addAttribute("year", y);
        model.addAttribute("years", years());
        model.addAttribute("rows", rows);
        model.addAttribute("totalUnits", units);
        model.addAttribute("totalRecognised", recognised);
        model.addAttribute("totalAreas", areas);
        model.addAttribute("totalAreasRecognised", areasRecognised);
        model.addAttribute("communesRecognised", communesRecognised);
        model.addAttribute("canRun", CasePermissions.mayRun(access.role().orElse(Role.LEADER)));
        return "evaluation/province";
    }

    @GetMapping("/evaluation/results")
    String results(@RequestParam String unit, @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
                   @RequestParam(required = false) UnitKind kind, @RequestParam(required = false) CaseState state,
                   @RequestParam(required = false) OverallVerdict verdict, @RequestParam(defaultValue = "0") int page, Model model) {
        int y = yearOr(year);
        UnitScope scope = access.current();
        UnitView u = evaluation.unitFor(unit, y, scope);
        if (page < 0) {
            throw ValidationFailure.of("page", "eval.error.page");
        }
        model.addAttribute("unit", u);
        model.addAttribute("year", y);
        model.addAttribute("years", years());
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("state", state);
        model.addAttribute("verdict", verdict);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("states", CaseState.values());
        model.addAttribute("verdicts", OverallVerdict.values());
        model.addAttribute("page", queries.search(new CaseQueries.CaseFilter(y, u.path(), kind, q, state, verdict), scope, page, 50));
        return "evaluation/results";
    }

    @GetMapping("/evaluation/criteria")
    String criteria(@RequestParam(required = false) Integer year, Model model) {
        int y = yearOr(year);
        Map<CriteriaSet, List<Criterion>> sets = new LinkedHashMap<>();
        for (UnitKind kind : UnitKind.values()) {
            CriteriaSet set = catalog.setFor(kind, y);
            sets.put(set, catalog.criteria(set.code(), null));
        }
        model.addAttribute("year", y);
        model.addAttribute("years", years());
        model.addAttribute("sets", sets);
        return "evaluation/criteria";
    }
}
