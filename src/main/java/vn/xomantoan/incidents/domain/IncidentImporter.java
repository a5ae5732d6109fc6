package vn.xomantoan.incidents.domain;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports incidents from CSV (UTF-8) or XLSX, all or nothing: every row is checked with the same
 * rules as the form, and one bad row stores nothing and returns a row-numbered report.
 */
@Service
public class IncidentImporter {

    public static final List<String> COLUMNS = List.of("ngay", "gio", "ma_noi_xay_ra", "loai", "nhom", "dieu", "khoan",
            "muc_do", "trang_thai", "so_nan_nhan", "so_nguoi_lien_quan", "tom_tat");
    static final int MAX_ROWS = 5_000;
    static final long MAX_BYTES = 10L * 1024 * 1024;

    public record RowProblem(int row, String column, String message) {
    }

    public static class Rejected extends RuntimeException {
        private final transient List<RowProblem> problems;

        Rejected(List<RowProblem> problems) {
            super("import rejected");
            this.problems = List.copyOf(problems);
        }

        public List<RowProblem> problems() {
            return problems;
        }
    }

    private final IncidentService service;
    private final IncidentRules rules;
    private final IncidentAccess access;
    private final Messages messages;

    IncidentImporter(IncidentService service, IncidentRules rules, IncidentAccess access, Messages messages) {
        this.service = service;
        this.rules = rules;
        this.access = access;
        this.messages = messages;
    }

    @Transactional
    public int importFile(String fileName, byte[] content) {
        UnitScope scope = access.requirePolice();
        List<Map<String, String>> rows = read(fileName == null ? "" : fileName, content);
        List<RowProblem> problems = new ArrayList<>();
        List<ValidIncident> valid = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int rowNumber = i + 2;
            Map<String, String> r = rows.get(i);
            try {
                valid.add(rules.validate(draft(r), scope));
            } catch (ValidationFailure e) {
                e.problems().forEach(p -> problems.add(new RowProblem(rowNumber, column(p.field()), messages.get(p.messageKey(), p.args()))));
            }
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        List<vn.xomantoan.evaluation.FactsRecorded.Recorded> recorded = new java.util.ArrayList<>();
        valid.forEach(v -> recorded.add(IncidentService.recorded(service.insert(v, "Nhập từ tệp vụ việc"), v)));
        service.published(recorded);
        return valid.size();
    }

    private static String column(String field) {
        return switch (field == null ? "" : field) {
            case "occurredOn" -> "ngay";
            case "occurredAt" -> "gio";
            case "place" -> "ma_noi_xay_ra";
            case "category" -> "loai";
            case "subcategory" -> "nhom";
            case "penalArticle" -> "dieu, khoan";
            case "grade" -> "muc_do";
            case "status" -> "trang_thai";
            case "victims" -> "so_nan_nhan";
            case "personsInvolved" -> "so_nguoi_lien_quan";
            case "summary" -> "tom_tat";
            default -> field;
        };
    }

    private static IncidentDraft draft(Map<String, String> r) {
        List<ValidationFailure.Problem> problems = new ArrayList<>();
        LocalDate date = null;
        try {
            date = WebDates.parse(r.get("ngay"), null);
        } catch (IllegalArgumentException e) {
            problems.add(new ValidationFailure.Problem("occurredOn", "error.badDate", new Object[]{r.get("ngay")}));
        }
        LocalTime time = null;
        String t = r.get("gio");
        if (t != null && !t.isBlank()) {
            try {
                time = LocalTime.parse(t.trim().length() == 4 ? "0" + t.trim() : t.trim());
            } catch (RuntimeException e) {
                problems.add(new ValidationFailure.Problem("occurredAt", "incidents.error.time", new Object[]{t}));
            }
        }
        Integer article = number(r, "dieu", "penalArticle", problems);
        Integer clause = number(r, "khoan", "penalArticle", problems);
        Integer victims = number(r, "so_nan_nhan", "victims", problems);
        Integer persons = number(r, "so_nguoi_lien_quan", "personsInvolved", problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        return new IncidentDraft(date, time, null, r.get("ma_noi_xay_ra"), null, r.get("loai"), r.get("nhom"), article, clause,
                r.get("muc_do"), false, false, null, null, r.get("trang_thai"), victims, persons, null, null, r.get("tom_tat"));
    }

    private static Integer number(Map<String, String> r, String column, String field, List<ValidationFailure.Problem> problems) {
        String v = r.get(column);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(v.trim().replaceAll("\\.0$", ""));
        } catch (NumberFormatException e) {
            problems.add(new ValidationFailure.Problem(field, "incidents.error.number", new Object[]{v}));
            return null;
        }
    }

    private List<Map<String, String>> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new Rejected(List.of(new RowProblem(0, "", messages.get("imports.error.fileEmpty"))));
        }
        if (content.length > MAX_BYTES) {
            throw new Rejected(List.of(new RowProblem(0, "", messages.get("imports.error.fileTooLarge"))));
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        List<List<String>> table;
        if (lower.endsWith(".xlsx") && zip) {
            table = xlsx(content);
        } else if (lower.endsWith(".csv") && !zip) {
            table = csv(content);
        } else {
            throw new Rejected(List.of(new RowProblem(0, "", messages.get("imports.error.extension"))));
        }
        if (table.isEmpty()) {
            throw new Rejected(List.of(new RowProblem(0, "", messages.get("imports.error.fileEmpty"))));
        }
        List<String> header = table.get(0).stream().map(h -> h == null ? "" : h.trim().toLowerCase(Locale.ROOT)).toList();
        List<RowProblem> missing = new ArrayList<>();
        for (String c : List.of("ngay", "ma_noi_xay_ra", "loai", "tom_tat")) {
            if (!header.contains(c)) {
                missing.add(new RowProblem(1, c, messages.get("incidents.import.missingColumn", c)));
            }
        }
        if (!missing.isEmpty()) {
            throw new Rejected(missing);
        }
        if (table.size() - 1 > MAX_ROWS) {
            throw new Rejected(List.of(new RowProblem(0, "", messages.get("incidents.import.tooManyRows", MAX_ROWS))));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> values : table.subList(1, table.size())) {
            if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size() && c < values.size(); c++) {
                row.put(header.get(c), values.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    private List<List<String>> csv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new Rejected(List.of(new RowProblem(0, "", messages.get("imports.error.notUtf8"))));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<List<String>> table = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                table.add(record.toList());
            }
        } catch (IOException | RuntimeException e) {
            throw new Rejected(List.of(new RowProblem(0, "", messages.get("imports.error.notTabular"))));
        }
        return table;
    }

    private List<List<String>> xlsx(byte[] content) {
        List<List<String>> table = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        values.add("");
                    } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        values.add(WebDates.format(cell.getLocalDateTimeCellValue().toLocalDate()));
                    } else {
                        values.add(formatter.formatCellValue(cell));
                    }
                }
                while (table.size() < row.getRowNum()) {
                    table.add(List.of());
                }
                table.add(values);
            }
        } catch (IOException | RuntimeException e) {
            throw new Rejected(List.of(new RowProblem(0, "", messages.get("imports.error.notTabular"))));
        }
        return table;
    }
}
