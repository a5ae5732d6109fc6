package vn.xomantoan.reporting.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.xomantoan.reporting.domain.ReportDraft;
import vn.xomantoan.reporting.domain.ReportGenerator;
import vn.xomantoan.reporting.domain.ReportJob;
import vn.xomantoan.reporting.domain.ReviewReport;
import vn.xomantoan.reporting.domain.ReviewReports;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Review reports for scripts: POST creates the report and queues its generation; the job answers its
 * state, progress and, once ready, the download links of the DOCX, PDF and XLSX files.
 */
@RestController
class ReportApiController {

    /** The request body: unit code, period (ISO or dd/MM/yyyy), kind INTERIM or FINAL, optional text. */
    record ReportRequest(String unit, String from, String to, String asOf, String kind, String parentBody, String issuingBody,
                         String number, String place, String issuedOn, String title, String shortcomings, String lessons,
                         String directions, String signerTitle, String signerName, String recipients) {
    }

    private final ReviewReports reports;
    private final ReportGenerator generator;

    ReportApiController(ReviewReports reports, ReportGenerator generator) {
        this.reports = reports;
        this.generator = generator;
    }

    @PostMapping("/api/v1/reports")
    ResponseEntity<Map<String, Object>> create(@RequestBody ReportRequest r) {
        ReportDraft draft = new ReportDraft(r.unit(), ReportingParams.date("from", r.from(), null),
                ReportingParams.date("to", r.to(), null), ReportingParams.date("asOf", r.asOf(), null), r.kind(), r.parentBody(),
                r.issuingBody(), r.number(), r.place(), ReportingParams.date("issuedOn", r.issuedOn(), null), r.title(),
                r.shortcomings(), r.lessons(), r.directions(), r.signerTitle(), r.signerName(), r.recipients());
        long reportId = reports.create(draft);
        long jobId = generator.start(reportId);
        return ResponseEntity.status(HttpStatus.ACCEPTED).header(HttpHeaders.LOCATION, "/api/v1/reports/jobs/" + jobId)
                .body(describe(generator.job(jobId)));
    }

    @GetMapping("/api/v1/reports/{id}")
    Map<String, Object> report(@PathVariable long id) {
        ReviewReport r = reports.find(id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("kind", r.kind());
        m.put("unit", Map.of("id", r.unitId(), "code", r.unitCode(), "name", r.unitName()));
        m.put("from", r.from());
        m.put("to", r.to());
        m.put("asOf", r.asOf());
        m.put("title", r.title());
        m.put("number", r.number());
        m.put("latestJob", generator.latest(id).map(ReportApiController::describe).orElse(null));
        return m;
    }

    @GetMapping("/api/v1/reports/jobs/{id}")
    Map<String, Object> job(@PathVariable long id) {
        return describe(generator.job(id));
    }

    @GetMapping("/api/v1/reports/jobs/{id}/{format:docx|pdf|xlsx}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String format) {
        ReportJob job = generator.job(id);
        ReviewReport r = reports.find(job.reportId());
        byte[] content = generator.file(id, format);
        MediaType type = switch (format) {
            case "docx" -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            case "pdf" -> MediaType.APPLICATION_PDF;
            default -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        };
        String name = "bao-cao-" + ("FINAL".equals(r.kind()) ? "tong-ket" : "so-ket") + "-" + r.unitCode() + "-"
                + r.from() + "-" + r.to() + "." + format;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    static Map<String, Object> describe(ReportJob j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobId", j.id());
        m.put("reportId", j.reportId());
        m.put("status", j.status());
        m.put("phase", j.phase());
        m.put("progress", j.progress());
        m.put("failure", j.failure());
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", "/api/v1/reports/jobs/" + j.id());
        links.put("report", "/api/v1/reports/" + j.reportId());
        if (j.hasDocx()) {
            links.put("docx", "/api/v1/reports/jobs/" + j.id() + "/docx");
        }
        if (j.hasPdf()) {
            links.put("pdf", "/api/v1/reports/jobs/" + j.id() + "/pdf");
        }
        if (j.hasXlsx()) {
            links.put("xlsx", "/api/v1/reports/jobs/" + j.id() + "/xlsx");
        }
        m.put("links", links);
        return m;
    }
}
