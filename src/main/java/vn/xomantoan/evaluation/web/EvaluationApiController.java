package vn.xomantoan.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xomantoan.evaluation.FactRef;
import vn.xomantoan.evaluation.domain.CaseAction;
import vn.xomantoan.evaluation.domain.CaseState;
import vn.xomantoan.evaluation.domain.CaseWorkflow;
import vn.xomantoan.evaluation.domain.EvalCase;
import vn.xomantoan.evaluation.domain.EvaluationRuns;
import vn.xomantoan.evaluation.domain.EvaluationService;
import vn.xomantoan.evaluation.domain.RunJob;
import vn.xomantoan.evaluation.domain.Mode;
import vn.xomantoan.evaluation.domain.OverallVerdict;
import vn.xomantoan.evaluation.domain.UnitKind;
import vn.xomantoan.evaluation.domain.Verdict;
import vn.xomantoan.evaluation.jdbc.CaseQueries;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.units.UnitView;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Evaluations and recognition cases as JSON, with the same scope and role rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Đánh giá, công nhận / Evaluation and recognition")
class EvaluationApiController {

    private final AccessScope access;
    private final EvaluationService evaluation;
    private final CaseWorkflow workflow;
    private final CaseQueries queries;
    private final CaseViews views;
    private final EvaluationRuns runs;

    EvaluationApiController(AccessScope access, EvaluationService evaluation, CaseWorkflow workflow, CaseQueries queries, CaseViews views,
                            EvaluationRuns runs) {
        this.runs = runs;
        this.access = access;
        this.evaluation = evaluation;
        this.workflow = workflow;
        this.queries = queries;
        this.views = views;
    }

    record CriterionJson(String code, String text, Mode mode, Verdict verdict, Verdict automaticVerdict, String explanation,
                         List<FactRef> records, String answeredBy, String answerNote) {
    }

    record CaseJson(long id, String unitCode, String unitName, UnitKind kind, String communeCode, int year, String criteriaSet,
                    CaseState state, OverallVerdict verdict, String outcome, List<String> failing, LocalDate registeredOn,
                    LocalDate decidedOn, String certificateNo, long rowVersion) {
        static CaseJson of(EvalCase c) {
            return new CaseJson(c.id(), c.unitCode(), c.unitName(), c.kind(), c.communeCode(), c.year(), c.setCode(), c.state(),
                    c.verdict(), c.outcome(), c.failingCodes(), c.registeredOn(), c.decidedOn(), c.certificateNo(), c.rowVersion());
        }
    }

    record EvaluationJson(CaseJson evalCase, List<CriterionJson> criteria) {
    }

    record RunJson(String unit, int year, int units, long millis, Map<OverallVerdict, Long> counts, JobJson job,
                   List<EvaluationJson> evaluations) {
    }

    record RunRequest(String unit, Integer year) {
    }

    record TransitionRequest(CaseAction action, String date, String note, Long rowVersion) {
    }

    record AnswerRequest(String criterion, Verdict verdict, String note, Long rowVersion) {
    }

    private EvaluationJson json(EvalCase c) {
        return new EvaluationJson(CaseJson.of(c), views.details(c).criteria().stream().map(v -> new CriterionJson(v.code(), v.text(),
                v.mode(), v.verdict(), v.autoVerdict(), v.explanation(), v.refs(),
                v.answer() == null ? null : v.answer().answeredBy(), v.answer() == null ? null : v.answer().note())).toList());
    }

    private List<EvaluationJson> json(List<EvalCase> list) {
        Map<Long, List<CaseViews.CriterionView>> criteria = views.criteriaOf(list);
        return list.stream().map(c -> new EvaluationJson(CaseJson.of(c), criteria.get(c.id()).stream().map(CriterionJsonMapper::of).toList())).toList();
    }

    private static final class CriterionJsonMapper {
        static CriterionJson of(CaseViews.CriterionView v) {
            return new CriterionJson(v.code(), v.text(), v.mode(), v.verdict(), v.autoVerdict(), v.explanation(), v.refs(),
                    v.answer() == null ? null : v.answer().answeredBy(), v.answer() == null ? null : v.answer().note());
        }
    }

    private List<EvalCase> casesUnder(String unit, int year) {
        UnitScope scope = access.current();
        UnitView u = evaluation.unitFor(unit, year, scope);
        return queries.search(new CaseQueries.CaseFilter(year, u.path(), null, null, null, null), scope, 0, 0).items();
    }

    @GetMapping("/evaluations")
    @Operation(summary = "Per unit under the given unit: state, overall verdict and each criterion's verdict with its explanation")
    List<EvaluationJson> evaluations(@RequestParam String unit, @RequestParam int year) {
        return json(casesUnder(unit, year));
    }

    record JobJson(long id, String unit, String unitName, int year, String status, String phase, int percent, int units,
                   int met, int notMet, int incomplete, Long millis, String failure, String progressUrl) {
        static JobJson of(RunJob j) {
            return new JobJson(j.id(), j.unitCode(), j.unitName(), j.year(), j.status(), j.phase(), j.percent(), j.units(), j.met(),
                    j.notMet(), j.incomplete(), j.millis(), j.failure(), "/api/v1/evaluations/jobs/" + j.id());
        }
    }

    @PostMapping("/evaluations/run")
    @Operation(summary = "Starts the evaluation of the unit and everything under it for the year (unit and year as parameters or "
            + "JSON body): 202 with the job and its progress URL; with wait=true the run finishes first and the answer holds the verdicts")
    ResponseEntity<?> run(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
                          @RequestParam(defaultValue = "false") boolean wait, @RequestBody(required = false) RunRequest body) {
        String u = unit != null ? unit : body == null ? null : body.unit();
        Integer y = year != null ? year : body == null ? null : body.year();
        RunJob job = runs.start(u, y, wait);
        if (!wait) {
            return ResponseEntity.accepted().location(URI.create("/api/v1/evaluations/jobs/" + job.id())).body(JobJson.of(job));
        }
        return ResponseEntity.ok(new RunJson(job.unitCode(), job.year(), job.units(), job.millis() == null ? 0 : job.millis(),
                counts(job), JobJson.of(job), "DONE".equals(job.status()) ? json(casesUnder(job.unitCode(), job.year())) : List.of()));
    }

    private static Map<OverallVerdict, Long> counts(RunJob job) {
        return Map.of(OverallVerdict.MET, (long) job.met(), OverallVerdict.NOT_MET, (long) job.notMet(),
                OverallVerdict.INCOMPLETE, (long) job.incomplete());
    }

    @GetMapping("/evaluations/jobs/{id}")
    @Operation(summary = "Progress of an evaluation run: phase, percent, and the verdict counts once done")
    JobJson job(@PathVariable long id) {
        return JobJson.of(runs.job(id));
    }

    @GetMapping("/cases")
    @Operation(summary = "Recognition cases of the year under the given unit")
    List<CaseJson> cases(@RequestParam String unit, @RequestParam int year) {
        return casesUnder(unit, year).stream().map(CaseJson::of).toList();
    }

    @GetMapping("/cases/{id}")
    EvaluationJson one(@PathVariable long id) {
        return json(workflow.visible(id));
    }

    @PostMapping("/cases/{id}/transitions")
    @Operation(summary = "Moves a case: REGISTER, DECLINE, SELF_REVIEW, SUBMIT, START_APPRAISAL, RETURN, RECOGNISE, NOT_RECOGNISE, CLOSE, CORRECT")
    CaseJson transition(@PathVariable long id, @RequestBody TransitionRequest request) {
        if (request.action() == null) {
            throw ValidationFailure.of("action", "eval.error.actionRequired");
        }
        LocalDate date = request.date() == null ? LocalDate.now() : CaseController.parseDate(request.date(), "date");
        return CaseJson.of(workflow.transition(id, request.action(), date, request.note(), request.rowVersion()));
    }

    @PostMapping("/cases/{id}/answers")
    @Operation(summary = "Records a person's verdict on a human criterion (or on one the data cannot decide), with a note")
    EvaluationJson answer(@PathVariable long id, @RequestBody AnswerRequest request) {
        workflow.answer(id, request.criterion(), request.verdict(), request.note(), request.rowVersion());
        return json(workflow.visible(id));
    }

    record SummaryJson(String unit, int year, List<CaseQueries.CommuneRow> communes, int units, int recognised) {
    }

    @GetMapping("/recognition/summary")
    @Operation(summary = "Per commune under the unit: units, registrations, recognitions and the commune's XA-4 verdicts")
    SummaryJson summary(@RequestParam String unit, @RequestParam int year) {
        UnitScope scope = access.current();
        UnitView u = evaluation.unitFor(unit, year, scope);
        List<CaseQueries.CommuneRow> rows = queries.communes(year, u.path(), scope);
        return new SummaryJson(u.code(), year, rows, rows.stream().mapToInt(CaseQueries.CommuneRow::units).sum(),
                rows.stream().mapToInt(CaseQueries.CommuneRow::recognisedUnits).sum());
    }
}
