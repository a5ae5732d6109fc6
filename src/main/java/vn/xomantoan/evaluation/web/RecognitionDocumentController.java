package vn.xomantoan.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.xomantoan.evaluation.domain.CaseAction;
import vn.xomantoan.evaluation.domain.CaseWorkflow;
import vn.xomantoan.evaluation.domain.DecisionService;
import vn.xomantoan.evaluation.domain.EvalCase;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.document.PdfWriter;
import vn.xomantoan.shared.web.Messages;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Decisions covering many cases, bulk submission, and the PDF decision and certificates. */
@Controller
class RecognitionDocumentController {

    private final DecisionService decisions;
    private final CaseWorkflow workflow;
    private final PdfWriter pdf;
    private final Messages messages;

    RecognitionDocumentController(DecisionService decisions, CaseWorkflow workflow, PdfWriter pdf, Messages messages) {
        this.decisions = decisions;
        this.workflow = workflow;
        this.pdf = pdf;
        this.messages = messages;
    }

    @PostMapping("/evaluation/decisions")
    String decide(@RequestParam(required = false) List<Long> caseIds, @RequestParam(required = false) String number,
                  @RequestParam(required = false) String issuedOn, @RequestParam(required = false) String signerName,
                  @RequestParam(required = false) String signerTitle, @RequestParam String unit, @RequestParam int year,
                  RedirectAttributes redirect) {
        try {
            LocalDate on = CaseController.parseDate(issuedOn, "issuedOn");
            DecisionService.DecisionView view = decisions.decide(new DecisionService.DecisionRequest(
                    caseIds == null ? List.of() : caseIds, number, on, signerName, signerTitle));
            redirect.addFlashAttribute("flash", messages.get("eval.decision.saved", view.decision().number(), view.recognised().size()));
            return "redirect:/evaluation/decisions/" + view.decision().id();
        } catch (ValidationFailure failure) {
            redirect.addFlashAttribute("decisionErrors", messages.byField(failure));
            Map<String, String> typed = new HashMap<>();
            typed.put("number", number == null ? "" : number);
            typed.put("issuedOn", issuedOn == null ? "" : issuedOn);
            typed.put("signerName", signerName == null ? "" : signerName);
            typed.put("signerTitle", signerTitle == null ? "" : signerTitle);
            redirect.addFlashAttribute("decisionTyped", typed);
            return "redirect:" + board(unit, year) + "#decision";
        }
    }

    @PostMapping("/evaluation/bulk")
    String bulk(@RequestParam CaseAction action, @RequestParam(required = false) List<Long> caseIds, @RequestParam(required = false) String date,
                @RequestParam String unit, @RequestParam int year, RedirectAttributes redirect) {
        if (action != CaseAction.SUBMIT && action != CaseAction.START_APPRAISAL) {
            throw ValidationFailure.of("action", "eval.error.bulkAction");
        }
        List<String> problems = new ArrayList<>();
        int done = 0;
        LocalDate on = CaseController.parseDate(date, "date");
        for (long id : caseIds == null ? List.<Long>of() : caseIds) {
            try {
                workflow.transition(id, action, on, null, null);
                done++;
            } catch (ValidationFailure failure) {
                EvalCase c = workflow.visible(id);
                problems.add(c.unitName() + ": " + String.join(" ", messages.all(failure)));
            }
        }
        redirect.addFlashAttribute("flash", messages.get("eval.bulk.done", done, messages.get("eval.action." + action)));
        redirect.addFlashAttribute("bulkProblems", problems);
        return "redirect:" + board(unit, year);
    }

    private static String board(String unit, int year) {
        return UriComponentsBuilder.fromPath("/evaluation/board").queryParam("unit", unit).queryParam("year", year).build().encode().toUriString();
    }

    @GetMapping("/evaluation/decisions/{id}")
    String decision(@PathVariable long id, Model model) {
        model.addAttribute("view", decisions.view(id));
        return "evaluation/decision";
    }

    @GetMapping("/evaluation/cases/{id}/certificate.pdf")
    void certificate(@PathVariable long id, HttpServletResponse response) throws IOException {
        EvalCase c = CaseController.requireCertificate(workflow.visible(id));
        DecisionService.DecisionView view = decisions.view(c.decisionId());
        CaseController.sendPdf(response, pdf.render("evaluation/pdf/certificate", Map.of("c", c, "d", view.decision())),
                "giay-cong-nhan-" + c.unitCode() + "-" + c.year() + ".pdf");
    }
}
