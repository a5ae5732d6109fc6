package vn.xomantoan.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xomantoan.evaluation.domain.CaseAction;
import vn.xomantoan.evaluation.domain.CaseWorkflow;
import vn.xomantoan.evaluation.domain.EvalCase;
import vn.xomantoan.evaluation.domain.EvidenceService;
import vn.xomantoan.evaluation.domain.Verdict;
import vn.xomantoan.evaluation.jdbc.CaseStore;
import vn.xomantoan.evaluation.jdbc.EvidenceStore;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One recognition case: criteria with explanations, answers, evidence, state, history, actions. */
@Controller("evaluationCaseController")
class CaseController {

    private final CaseWorkflow workflow;
    private final vn.xomantoan.evaluation.jdbc.AlertStore alerts;
    private final CaseViews views;
    private final CaseStore cases;
    private final EvidenceService evidence;
    private final Messages messages;
    private final vn.xomantoan.audit.AuditLog audit;

    CaseController(CaseWorkflow workflow, CaseViews views, CaseStore cases, EvidenceService evidence, Messages messages,
                   vn.xomantoan.audit.AuditLog audit, vn.xomantoan.evaluation.jdbc.AlertStore alerts) {
        this.audit = audit;
        this.alerts = alerts;
        this.workflow = workflow;
        this.views = views;
        this.cases = cases;
        this.evidence = evidence;
        this.messages = messages;
    }

    @GetMapping("/evaluation/cases/{id}")
    String page(@PathVariable long id, Model model) {
        EvalCase c = workflow.visible(id);
        // The explanations name the records behind them (incidents, households): personal data.
        audit.recordRead("eval_case", c.id(), "Xem hồ sơ công nhận");
        return render(c, model);
    }

    private String render(EvalCase c, Model model) {
        model.addAttribute("details", views.details(c));
        model.addAttribute("history", cases.history(c.id()));
        model.addAttribute("evidence", evidence.list(c.id()));
        model.addAttribute("alerts", alerts.forCase(c.id()));
        model.addAttribute("verdicts", List.of(Verdict.MET, Verdict.NOT_MET, Verdict.NOT_APPLICABLE));
        if (!model.containsAttribute("answerErrors")) {
            model.addAttribute("answerErrors", Map.of());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("evidenceErrors")) {
            model.addAttribute("evidenceErrors", Map.of());
        }
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of("date", WebDates.format(LocalDate.now())));
        }
        return "evaluation/case";
    }

    @PostMapping("/evaluation/cases/{id}/answers")
    String answer(@PathVariable long id, @RequestParam String criterion, @RequestParam(required = false) Verdict verdict,
                  @RequestParam(required = false) String note, @RequestParam(required = false) Long rowVersion,
                  Model model, RedirectAttributes redirect) {
        try {
            workflow.answer(id, criterion, verdict, note, rowVersion);
        } catch (ValidationFailure failure) {
            EvalCase c = workflow.visible(id);
            model.addAttribute("answerErrors", Map.of(criterion, messages.byField(failure)));
            model.addAttribute("answerTyped", Map.of("criterion", criterion, "verdict", verdict == null ? "" : verdict.name(),
                    "note", note == null ? "" : note));
            return render(c, model);
        }
        redirect.addFlashAttribute("flash", messages.get("eval.answer.saved", criterion));
        return "redirect:/evaluation/cases/" + id + "#criterion-" + criterion;
    }

    @PostMapping("/evaluation/cases/{id}/transitions")
    String transition(@PathVariable long id, @RequestParam(required = false) CaseAction action, @RequestParam(required = false) String date,
                      @RequestParam(required = false) String note, @RequestParam(required = false) Long rowVersion,
                      Model model, RedirectAttributes redirect) {
        try {
            if (action == null) {
                throw ValidationFailure.of("action", "eval.error.actionRequired");
            }
            LocalDate on = parseDate(date, "date");
            workflow.transition(id, action, on, note, rowVersion);
        } catch (ValidationFailure failure) {
            model.addAttribute("errors", messages.byField(failure));
            Map<String, String> typed = new HashMap<>();
            typed.put("date", date == null ? "" : date);
            typed.put("note", note == null ? "" : note);
            typed.put("action", action == null ? "" : action.name());
            model.addAttribute("typed", typed);
            return render(workflow.visible(id), model);
        }
        redirect.addFlashAttribute("flash", messages.get("eval.transition.done", messages.get("eval.action." + action)));
        return "redirect:/evaluation/cases/" + id;
    }

    static LocalDate parseDate(String text, String field) {
        try {
            return WebDates.parse(text, null);
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of(field, "eval.error.dateFormat");
        }
    }

    @PostMapping("/evaluation/cases/{id}/evidence")
    String addEvidence(@PathVariable long id, @RequestParam(required = false) String criterion, @RequestParam(required = false) String title,
                       @RequestParam(required = false) String docNumber, @RequestParam(required = false) String docDate,
                       @RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile file,
                       Model model, RedirectAttributes redirect) throws IOException {
        try {
            LocalDate d = parseDate(docDate, "docDate");
            EvidenceService.Upload upload = file == null || file.isEmpty() ? null
                    : new EvidenceService.Upload(file.getOriginalFilename(), file.getBytes());
            evidence.add(id, criterion, title, docNumber, d, note, upload);
        } catch (ValidationFailure failure) {
            model.addAttribute("evidenceErrors", messages.byField(failure));
            Map<String, String> typed = new HashMap<>();
            typed.put("title", title == null ? "" : title);
            typed.put("docNumber", docNumber == null ? "" : docNumber);
            typed.put("docDate", docDate == null ? "" : docDate);
            typed.put("evidenceNote", note == null ? "" : note);
            typed.put("evidenceCriterion", criterion == null ? "" : criterion);
            typed.put("date", WebDates.format(LocalDate.now()));
            model.addAttribute("typed", typed);
            return render(workflow.visible(id), model);
        }
        redirect.addFlashAttribute("flash", messages.get("eval.evidence.saved"));
        return "redirect:/evaluation/cases/" + id + "#evidence";
    }

    @GetMapping("/evaluation/cases/{id}/evidence/{evidenceId}")
    void download(@PathVariable long id, @PathVariable long evidenceId, HttpServletResponse response) throws IOException {
        EvidenceStore.StoredFile f = evidence.file(id, evidenceId);
        response.setContentType(f.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(f.fileName() == null ? "minh-chung" : f.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(f.content());
    }

    static void sendPdf(HttpServletResponse response, byte[] pdf, String name) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString());
        response.getOutputStream().write(pdf);
    }

    static EvalCase requireCertificate(EvalCase c) {
        if (!c.recognised() || c.decisionId() == null) {
            throw new NotFound();
        }
        return c;
    }
}
