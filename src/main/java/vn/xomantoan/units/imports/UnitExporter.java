package vn.xomantoan.units.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.units.EnterpriseSize;
import vn.xomantoan.units.SchoolLevel;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitType;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Exports the units valid on a date within a scope, in the shared data format plus validity and
 * establishment attributes: one query, read with a fetch size and written row by row, so the whole
 * country is neither held in memory nor queried per row.
 */
@Service
public class UnitExporter {

    static final List<String> COLUMNS = List.of("code", "name", "level", "unit_type", "parent_code",
            "valid_from", "valid_to", "enterprise_size", "school_level");

    private static final String SQL = """
            SELECT u.code, u.name, u.level, u.unit_type, p.code AS parent_code, u.valid_from, u.valid_to,
                   u.enterprise_size, u.school_level
            FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id
            WHERE u.valid_from <= :asOf AND (u.valid_to IS NULL OR u.valid_to >= :asOf) AND %s
            ORDER BY u.depth, u.sort_key, u.valid_from, u.id""";

    private final NamedParameterJdbcTemplate jdbc;
    private final UnitFormat format;
    private final MessageSource messages;

    UnitExporter(DataSource dataSource, UnitFormat format, MessageSource messages) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1000);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.format = format;
        this.messages = messages;
    }

    record ExportRow(String code, String name, UnitLevel level, UnitType type, String parentCode, LocalDate validFrom,
                     LocalDate validTo, EnterpriseSize size, SchoolLevel school) {
    }

    /** UTF-8 with a BOM (so Excel shows the diacritics), header in the data-format names. */
    @Transactional(readOnly = true)
    public void writeCsv(LocalDate asOf, UnitScope scope, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord(COLUMNS);
        each(asOf, scope, r -> {
            try {
                csv.printRecord(r.code(), r.name(), UnitFormat.levelWord(r.level()), format.typeWord(r.type()), r.parentCode(),
                        r.validFrom(), r.validTo(), r.size() == null ? null : r.size().name(),
                        r.school() == null ? null : r.school().name());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    /** One sheet, bold header in the user's language, autofilter, dates as dates; streamed with SXSSF. */
    @Transactional(readOnly = true)
    public void writeXlsx(LocalDate asOf, UnitScope scope, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        workbook.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = workbook.createSheet(label("imports.export.sheet"));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            int[] widths = {12, 40, 18, 18, 14, 13, 13, 20, 22};
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(label("imports.column." + COLUMNS.get(i)));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            each(asOf, scope, r -> {
                Row row = sheet.createRow(next[0]++);
                text(row, 0, r.code());
                text(row, 1, r.name());
                text(row, 2, UnitFormat.levelWord(r.level()));
                text(row, 3, format.typeWord(r.type()));
                text(row, 4, r.parentCode());
                date(row, 5, r.validFrom(), dateStyle);
                date(row, 6, r.validTo(), dateStyle);
                text(row, 7, r.size() == null ? null : format.sizeLabel(r.size()));
                text(row, 8, r.school() == null ? null : format.schoolLabel(r.school()));
            });
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, COLUMNS.size() - 1));
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private void each(LocalDate asOf, UnitScope scope, Consumer<ExportRow> consumer) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        jdbc.query(SQL.formatted(scope.sql("u.path", params)), params, (RowCallbackHandler) rs -> consumer.accept(map(rs)));
    }

    private static ExportRow map(ResultSet rs) throws SQLException {
        return new ExportRow(rs.getString("code"), rs.getString("name"), UnitLevel.valueOf(rs.getString("level")),
                UnitType.valueOf(rs.getString("unit_type")), rs.getString("parent_code"), toLocal(rs.getDate("valid_from")),
                toLocal(rs.getDate("valid_to")),
                rs.getString("enterprise_size") == null ? null : EnterpriseSize.valueOf(rs.getString("enterprise_size")),
                rs.getString("school_level") == null ? null : SchoolLevel.valueOf(rs.getString("school_level")));
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private static LocalDate toLocal(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
