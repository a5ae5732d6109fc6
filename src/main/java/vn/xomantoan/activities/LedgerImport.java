package vn.xomantoan.activities;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * All-or-nothing imports from CSV or XLSX: every row is checked by the same rules as a form before
 * anything is written; if any row breaks a rule, nothing is stored and the report lists every
 * problem with its row number (the header is row 1). Then all rows are stored in one transaction.
 */
@Service
public class LedgerImport {

    public record RowProblem(int row, String field, String message) {
    }

    /** Thrown (rolling everything back) when at least one row was refused. */
    public static class Rejected extends RuntimeException {
        private final transient List<RowProblem> problems;

        public Rejected(List<RowProblem> problems) {
            super("import rejected: " + problems.size() + " problems");
            this.problems = List.copyOf(problems);
        }

        public List<RowProblem> problems() {
            return problems;
        }
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final Messages messages;
    private final MessageSource source;
    private final Attachments attachments;

    LedgerImport(Messages messages, MessageSource source, Attachments attachments) {
        this.messages = messages;
        this.source = source;
        this.attachments = attachments;
    }

    /** Header names are compared without diacritics, case or spaces; aliases map them to field names. */
    @Transactional
    public <D, V> int run(String fileName, byte[] bytes, Map<String, String> aliases, Function<Map<String, String>, D> toDraft,
                          Function<D, V> validate, Consumer<V> insert) {
        List<Map<String, String>> rows = read(fileName, bytes, aliases);
        List<RowProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(new RowProblem(1, "", messages.get("import.error.noRows")));
        }
        List<V> valid = new ArrayList<>();
        int rowNumber = 1;
        for (Map<String, String> row : rows) {
            rowNumber++;
            try {
                valid.add(validate.apply(toDraft.apply(row)));
            } catch (ValidationFailure e) {
                for (ValidationFailure.Problem p : e.problems()) {
                    problems.add(new RowProblem(rowNumber, p.field(), messages.get(p.messageKey(), p.args())));
                }
            } catch (NotFound e) {
                problems.add(new RowProblem(rowNumber, "", messages.get("import.error.outOfScope")));
            }
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        valid.forEach(insert);
        return valid.size();
    }

    private List<Map<String, String>> read(String fileName, byte[] bytes, Map<String, String> aliases) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx")) {
                attachments.check(fileName, bytes);
                return readXlsx(bytes, aliases);
            }
            if (name.endsWith(".csv")) {
                return readCsv(bytes, aliases);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationFailure v) {
                throw new Rejected(List.of(new RowProblem(1, "file", messages.all(v).get(0))));
            }
            throw new Rejected(List.of(new RowProblem(1, "file", messages.get("import.error.unreadable"))));
        }
        throw new Rejected(List.of(new RowProblem(1, "file", messages.get("import.error.format"))));
    }

    private List<Map<String, String>> readCsv(byte[] bytes, Map<String, String> aliases) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
            List<String> headers = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < headers.size() && i < record.size(); i++) {
                    String field = aliases.get(key(headers.get(i)));
                    if (field != null) {
                        row.put(field, record.get(i));
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private List<Map<String, String>> readXlsx(byte[] bytes, Map<String, String> aliases) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(VIETNAMESE);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return rows;
            }
            List<String> fields = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                Cell cell = header.getCell(c);
                fields.add(cell == null ? null : aliases.get(key(formatter.formatCellValue(cell))));
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row x = sheet.getRow(r);
                if (x == null) {
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                boolean any = false;
                for (int c = 0; c < fields.size(); c++) {
                    Cell cell = x.getCell(c);
                    if (fields.get(c) == null || cell == null) {
                        continue;
                    }
                    String value = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
                            ? WebDates.format(cell.getLocalDateTimeCellValue().toLocalDate()) : formatter.formatCellValue(cell);
                    any |= !value.isBlank();
                    row.put(fields.get(c), value);
                }
                if (any) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    static String key(String header) {
        return header == null ? "" : VietnameseText.searchKey(header).replaceAll("[^a-z0-9]", "");
    }

    /** Field aliases: each field by its own name and by its Vietnamese header (as exported). */
    public Map<String, String> aliases(Map<String, String> fieldToHeaderKey) {
        Map<String, String> map = new LinkedHashMap<>();
        fieldToHeaderKey.forEach((field, headerKey) -> {
            map.put(key(field), field);
            map.put(key(source.getMessage(headerKey, null, headerKey, VIETNAMESE)), field);
        });
        return map;
    }

    /** An enum value typed as its code or as its Vietnamese label (diacritics optional). */
    public String enumValue(String typed, String labelPrefix, List<String> names) {
        if (typed == null || typed.isBlank()) {
            return typed;
        }
        String key = key(typed);
        for (String n : names) {
            if (key(n).equals(key) || key(source.getMessage(labelPrefix + n, null, n, VIETNAMESE)).equals(key)) {
                return n;
            }
        }
        return typed;
    }
}
