package vn.xomantoan.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xomantoan.reporting.domain.ReportGenerator;
import vn.xomantoan.reporting.domain.ReviewReport;
import vn.xomantoan.reporting.domain.ReviewReports;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.Messages;

/** Review reports in the browser: list, new, edit the written parts, generate with progress, download. */
@Controller
class ReportPageController {

    private final ReviewReports reports;
    private final ReportGenerator generator;
    private final Messages messages;

    ReportPageController(ReviewReports reports, ReportGenerator generator, Messages messages) {
        this.reports = reports;
        this.generator = generator;
        this.messages = messages;
    }

    @GetMapping("/reporting/reports")
    String list(Model model) {
        model.addAttribute("reports", reports.recent(100));
        model.addAttribute("canWrite", reports.canWrite());
        return "reporting/reports";
    }

    @GetMapping("/reporting/reports/new")
    String newForm(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Model model) {
        requireWriter();
        model.addAttribute("form", ReportForm.of(reports.defaults(unit, ReportingParams.from(from), ReportingParams.to(to))));
        model.addAttribute("report", null);
        return "reporting/report";
    }

    @PostMapping("/reporting/reports")
    String create(@ModelAttribute("form") ReportForm form, Model model) {
        requireWriter();
        try {
            long id = reports.create(form.draft());
            return "redirect:/reporting/reports/" + id;
        } catch (ValidationFailure e) {
            model.addAttribute("errors", messages.byField(e));
            model.addAttribute("report", null);
            return "reporting/report";
        }
    }

    @GetMapping("/reporting/reports/{id}")
    String show(@PathVariable long id, Model model) {
        ReviewReport r = reports.find(id);
        model.addAttribute("report", r);
        model.addAttribute("form", ReportForm.of(r));
        model.addAttribute("job", generator.latest(id).orElse(null));
        model.addAttribute("canWrite", reports.canWrite());
        return "reporting/report";
    }

    @PostMapping("/reporting/reports/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ReportForm form, Model model) {
        requireWriter();
        try {
            reports.update(id, form.rowVersion, form.draft());
            return "redirect:/reporting/reports/" + id;
        } catch (ValidationFailure e) {
            model.addAttribute("errors", messages.byField(e));
            model.addAttribute("report", reports.find(id));
            model.addAttribute("job", generator.latest(id).orElse(null));
            model.addAttribute("canWrite", true);
            return "reporting/report";
        }
    }

    @PostMapping("/reporting/reports/{id}/generate")
    String generate(@PathVariable long id) {
        requireWriter();
        generator.start(id);
        return "redirect:/reporting/reports/" + id + "#job-status";
    }

    @GetMapping("/reporting/jobs/{id}/status")
    String status(@PathVariable long id, Model model) {
        model.addAttribute("job", generator.job(id));
        return "reporting/report :: status";
    }

    private void requireWriter() {
        if (!reports.canWrite()) {
            throw new Forbidden();
        }
    }
}
