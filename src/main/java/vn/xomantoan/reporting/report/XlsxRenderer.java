package vn.xomantoan.reporting.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The report's tables as a workbook: one sheet per annex, and every indicator with the previous period. */
@Component
public class XlsxRenderer {

    public byte[] render(ReportDocument d) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            CellStyle number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            int i = 1;
            for (ReportDocument.Table t : d.annexes()) {
                sheet(wb.createSheet("Phụ lục " + i++), t, bold, number);
            }
            sheet(wb.createSheet("Chỉ tiêu"), d.indicators(), bold, number);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, ReportDocument.Table t, CellStyle bold, CellStyle number) {
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(t.title());
        title.getCell(0).setCellStyle(bold);
        Row head = sheet.createRow(2);
        for (int c = 0; c < t.header().size(); c++) {
            head.createCell(c).setCellValue(t.header().get(c));
            head.getCell(c).setCellStyle(bold);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = sheet.createRow(r + 3);
            List<Object> values = t.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                    row.getCell(c).setCellStyle(number);
                } else {
                    row.createCell(c).setCellValue(v == null ? "" : v.toString());
                }
            }
        }
        sheet.createFreezePane(2, 3);
        sheet.setColumnWidth(1, 40 * 256);
        for (int c = 2; c < t.header().size(); c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }
}
