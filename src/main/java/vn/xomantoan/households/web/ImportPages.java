package vn.xomantoan.households.web;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
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

/**
 * The pages of an import, whatever it imports: upload a file, watch the job's progress, read and
 * download its problems. Subclasses say where they live ({@code @RequestMapping}), who may import,
 * how a job starts and which columns the error report has.
 */
abstract class ImportPages {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int SHOWN_ROWS = 200;
    static final int REPORT_ROWS = 1_000_000;

    /** What the shared templates need to know about one kind of import. */
    public record Target(String base, String titleKey, String introKey, String columnsKey, String listUrl, String listKey,
                         String backKey, String doneKey) {
    }

    protected final ImportProblems problems;
    protected final Messages messages;

    ImportPages(ImportProblems problems, Messages messages) {
        this.problems = problems;
        this.messages = messages;
    }

    abstract Target target();

    abstract void requireImporter();

    abstract long start(String fileName, byte[] content, ImportMode mode);

    abstract ImportJobView job(long id);

    /** The report's columns: message keys of their headers, in the order the problems keep the values. */
    abstract List<String> reportHeaderKeys();

    abstract String reportFileName(long id);

    @GetMapping("/import")
    String form(Model model) {
        requireImporter();
        model.addAttribute("target", target());
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("mode", ImportMode.ALL_OR_NOTHING);
        return "households/import";
    }

    @PostMapping("/import")
    String upload(@RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode, @RequestParam(required = false) MultipartFile file,
                  Model model) throws IOException {
        requireImporter();
        String problem = file == null || file.isEmpty() ? "households.import.error.fileMissing"
                : file.getSize() > MAX_BYTES ? "households.import.error.fileTooLarge" : null;
        if (problem != null) {
            model.addAttribute("target", target());
            model.addAttribute("modes", ImportMode.values());
            model.addAttribute("mode", mode);
            model.addAttribute("fileError", messages.get(problem));
            return "households/import";
        }
        long id = start(file.getOriginalFilename(), file.getBytes(), mode);
        return "redirect:" + target().base() + "/" + id;
    }

    @GetMapping("/import/{id}")
    String job(@PathVariable long id, Model model) {
        status(id, model);
        return "households/import-job";
    }

    @GetMapping("/import/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        status(id, model);
        return "households/import-job :: status";
    }

    private void status(long id, Model model) {
        ImportJobView job = job(id);
        model.addAttribute("target", target());
        model.addAttribute("job", job);
        model.addAttribute("badRows", job.finished() ? problems.badRows(id, SHOWN_ROWS) : List.of());
    }

    @GetMapping("/import/{id}/errors.csv")
    void errorsCsv(@PathVariable long id, HttpServletResponse response) throws IOException {
        job(id);
        Xlsx.prepare(response, "text/csv;charset=UTF-8", reportFileName(id) + ".csv");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord(headers());
        for (ImportProblems.BadRow row : problems.badRows(id, REPORT_ROWS)) {
            csv.printRecord(line(row));
        }
        csv.flush();
    }

    @GetMapping("/import/{id}/errors.xlsx")
    void errorsXlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
        job(id);
        Xlsx.prepare(response, Xlsx.CONTENT_TYPE, reportFileName(id) + ".xlsx");
        List<String> headers = headers();
        int[] widths = new int[headers.size()];
        java.util.Arrays.fill(widths, 14);
        widths[0] = 8;
        widths[widths.length - 1] = 60;
        try (Xlsx xlsx = new Xlsx(messages.get("households.import.report.sheet"), headers, widths)) {
            for (ImportProblems.BadRow row : problems.badRows(id, REPORT_ROWS)) {
                xlsx.row(line(row).toArray());
            }
            xlsx.write(response.getOutputStream());
        }
    }

    private List<String> headers() {
        List<String> headers = new ArrayList<>();
        headers.add(messages.get("households.import.report.row"));
        reportHeaderKeys().forEach(c -> headers.add(messages.get(c)));
        headers.add(messages.get("households.import.report.problem"));
        return headers;
    }

    private List<Object> line(ImportProblems.BadRow row) {
        List<Object> line = new ArrayList<>();
        line.add(row.rowNo());
        int columns = reportHeaderKeys().size();
        for (int i = 0; i < columns; i++) {
            line.add(i < row.values().size() ? row.values().get(i) : "");
        }
        line.add(row.problems().stream().map(this::describe).collect(Collectors.joining(" ")));
        return line;
    }

    String describe(ImportProblems.Problem p) {
        String text = messages.get(p.messageKey(), p.args());
        return p.column() == null ? text : messages.get("households.import.report.inColumn", p.column(), text);
    }
}
