package vn.xomantoan.households.web;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.xomantoan.households.domain.HouseholdAccess;
import vn.xomantoan.households.imports.HouseholdImporter;
import vn.xomantoan.households.imports.ImportJobView;
import vn.xomantoan.households.imports.ImportMode;
import vn.xomantoan.households.imports.ImportProblems;
import vn.xomantoan.shared.web.Messages;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Upload a household file, watch the job's progress, read and download its problems. */
@Controller
class HouseholdImportController {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int SHOWN_ROWS = 200;
    static final int REPORT_ROWS = 1_000_000;
    static final List<String> REPORT_COLUMNS = List.of("area_code", "head_name", "gender", "house_no", "street", "members",
            "moved_in", "phone", "note");

    private final HouseholdImporter importer;
    private final ImportProblems problems;
    private final HouseholdAccess access;
    private final Messages messages;

    HouseholdImportController(HouseholdImporter importer, ImportProblems problems, HouseholdAccess access, Messages messages) {
        this.importer = importer;
        this.problems = problems;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/households/import")
    String form(Model model) {
        access.requireHouseholdWriter();
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("mode", ImportMode.ALL_OR_NOTHING);
        return "households/import";
    }

    @PostMapping("/households/import")
    String upload(@RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode, @RequestParam(required = false) MultipartFile file,
                  Model model) throws IOException {
        access.requireHouseholdWriter();
        String problem = file == null || file.isEmpty() ? "households.import.error.fileMissing"
                : file.getSize() > MAX_BYTES ? "households.import.error.fileTooLarge" : null;
        if (problem != null) {
            model.addAttribute("modes", ImportMode.values());
            model.addAttribute("mode", mode);
            model.addAttribute("fileError", messages.get(problem));
            return "households/import";
        }
        long id = importer.start(file.getOriginalFilename(), file.getBytes(), mode);
        return "redirect:/households/import/" + id;
    }

    @GetMapping("/households/import/{id}")
    String job(@PathVariable long id, Model model) {
        ImportJobView job = importer.job(id);
        model.addAttribute("job", job);
        model.addAttribute("badRows", job.finished() ? problems.badRows(id, SHOWN_ROWS) : List.of());
        return "households/import-job";
    }

    @GetMapping("/households/import/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        ImportJobView job = importer.job(id);
        model.addAttribute("job", job);
        model.addAttribute("badRows", job.finished() ? problems.badRows(id, SHOWN_ROWS) : List.of());
        return "households/import-job :: status";
    }

    @GetMapping("/households/import/{id}/errors.csv")
    void errorsCsv(@PathVariable long id, HttpServletResponse response) throws IOException {
        importer.job(id);
        Xlsx.prepare(response, "text/csv;charset=UTF-8", "loi-nhap-ho-gia-dinh-" + id + ".csv");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord(headers());
        for (ImportProblems.BadRow row : problems.badRows(id, REPORT_ROWS)) {
            csv.printRecord(line(row));
        }
        csv.flush();
    }

    @GetMapping("/households/import/{id}/errors.xlsx")
    void errorsXlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
        importer.job(id);
        Xlsx.prepare(response, Xlsx.CONTENT_TYPE, "loi-nhap-ho-gia-dinh-" + id + ".xlsx");
        try (Xlsx xlsx = new Xlsx(messages.get("households.import.report.sheet"), headers(),
                new int[]{8, 14, 26, 9, 10, 28, 11, 14, 13, 20, 60})) {
            for (ImportProblems.BadRow row : problems.badRows(id, REPORT_ROWS)) {
                xlsx.row(line(row).toArray());
            }
            xlsx.write(response.getOutputStream());
        }
    }

    private List<String> headers() {
        List<String> headers = new ArrayList<>();
        headers.add(messages.get("households.import.report.row"));
        REPORT_COLUMNS.forEach(c -> headers.add(messages.get("households.column." + c)));
        headers.add(messages.get("households.import.report.problem"));
        return headers;
    }

    private List<Object> line(ImportProblems.BadRow row) {
        List<Object> line = new ArrayList<>();
        line.add(row.rowNo());
        for (int i = 0; i < REPORT_COLUMNS.size(); i++) {
            line.add(i < row.values().size() ? row.values().get(i) : "");
        }
        line.add(row.problems().stream().map(this::describe).collect(Collectors.joining(" ")));
        return line;
    }

    String describe(ImportProblems.Problem p) {
        String text = messages.get(p.messageKey(), p.arg());
        return p.column() == null ? text : messages.get("households.import.report.inColumn", p.column(), text);
    }
}
