package vn.xomantoan.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xomantoan.evaluation.domain.CaseWorkflow;
import vn.xomantoan.evaluation.domain.CriteriaCatalog;
import vn.xomantoan.evaluation.domain.DecisionService;
import vn.xomantoan.evaluation.domain.EvalCase;
import vn.xomantoan.evaluation.domain.EvaluationService;
import vn.xomantoan.evaluation.domain.UnitKind;
import vn.xomantoan.evaluation.jdbc.CaseQueries;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.document.DocxWriter;
import vn.xomantoan.shared.document.OfficialDocument;
import vn.xomantoan.shared.document.PdfWriter;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The papers of the procedure, each as PDF (to print) and DOCX (to edit): minutes, submission, decision, certificate. */
@Controller
class RecognitionPaperController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final RecognitionPapers papers;
    private final PdfWriter pdf;
    private final CaseWorkflow workflow;
    private final CaseViews views;
    private final DecisionService decisions;
    private final EvaluationService evaluation;
    private final CaseQueries queries;
    private final CriteriaCatalog catalog;
    private final AccessScope access;
    private final UnitCatalog units;

    RecognitionPaperController(RecognitionPapers papers, PdfWriter pdf, CaseWorkflow workflow, CaseViews views, DecisionService decisions,
                               EvaluationService evaluation, CaseQueries queries, CriteriaCatalog catalog, AccessScope access,
                               UnitCatalog units) {
        this.papers = papers;
        this.pdf = pdf;
        this.workflow = workflow;
        this.views = views;
        this.decisions = decisions;
        this.evaluation = evaluation;
        this.queries = queries;
        this.catalog = catalog;
        this.access = access;
        this.units = units;
    }

    @GetMapping("/evaluation/cases/{id}/minutes.{format:pdf|docx}")
    void minutes(@PathVariable long id, @PathVariable String format, HttpServletResponse response) throws IOException {
        EvalCase c = workflow.visible(id);
        UnitView commune = units.validOn(c.communeCode(), EvaluationService.referenceDate(c.year()), UnitScope.EVERYTHING)
                .orElseThrow(NotFound::new);
        send(response, papers.minutes(views.details(c), commune.name(), DecisionService.shortName(commune)), format);
    }

    @GetMapping("/evaluation/submission.{format:pdf|docx}")
    void submission(@RequestParam String unit, @RequestParam int year, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        UnitScope scope = access.current();
        UnitView commune = evaluation.unitFor(unit, year, scope);
        if (commune.level() != UnitLevel.COMMUNE) {
            throw new NotFound();
        }
        List<EvalCase> cases = queries.search(new CaseQueries.CaseFilter(year, commune.path(), UnitKind.RESIDENTIAL_AREA, null, null, null),
                scope, 0, 0).items();
        String basis = CriteriaCatalog.setFor(UnitKind.RESIDENTIAL_AREA, year, catalog.sets()).legalBasis();
        send(response, papers.submission(commune.name(), DecisionService.shortName(commune), year,
                papers.legalText(basis), cases), format);
    }

    @GetMapping("/evaluation/decisions/{id}/decision.{format:pdf|docx}")
    void decision(@PathVariable long id, @PathVariable String format, HttpServletResponse response) throws IOException {
        send(response, papers.decision(decisions.view(id)), format);
    }

    @GetMapping("/evaluation/cases/{id}/certificate.docx")
    void certificate(@PathVariable long id, HttpServletResponse response) throws IOException {
        EvalCase c = CaseController.requireCertificate(workflow.visible(id));
        send(response, papers.certificate(c, decisions.view(c.decisionId()).decision()), "docx");
    }

    private void send(HttpServletResponse response, OfficialDocument doc, String format) throws IOException {
        boolean word = "docx".equals(format);
        byte[] bytes = word ? DocxWriter.write(doc) : pdf.write(doc);
        response.setContentType(word ? DOCX : "application/pdf");
        ContentDisposition disposition = (word ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(doc.fileName() + "." + format, StandardCharsets.UTF_8).build();
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
        response.getOutputStream().write(bytes);
    }
}
