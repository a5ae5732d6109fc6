package vn.xomantoan.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xomantoan.evaluation.domain.CaseState;
import vn.xomantoan.evaluation.domain.EvalCase;
import vn.xomantoan.evaluation.domain.EvaluationService;
import vn.xomantoan.evaluation.domain.OverallVerdict;
import vn.xomantoan.evaluation.domain.UnitKind;
import vn.xomantoan.evaluation.jdbc.CaseQueries;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitView;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The results of a year under a unit as XLSX, with the same filters and scope as the list. */
@Controller
class ResultExportController {

    private final AccessScope access;
    private final EvaluationService evaluation;
    private final CaseQueries queries;
    private final Messages messages;

    ResultExportController(AccessScope access, EvaluationService evaluation, CaseQueries queries, Messages messages) {
        this.access = access;
        this.evaluation = evaluation;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/evaluation/results.xlsx")
    void export(@RequestParam String unit, @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
                @RequestParam(required = false) UnitKind kind, @RequestParam(required = false) CaseState state,
                @RequestParam(required = false) OverallVerdict verdict, HttpServletResponse response) throws IOException {
        int y = EvaluationPageController.yearOr(year);
        UnitScope scope = access.current();
        UnitView u = evaluation.unitFor(unit, y, scope);
        List<EvalCase> rows = queries.search(new CaseQueries.CaseFilter(y, u.path(), kind, q, state, verdict), scope, 0, 0).items();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("ket-qua-danh-gia-" + u.code() + "-" + y + ".xlsx", StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(messages.get("eval.export.sheet", y));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            String[] headers = {"eval.col.commune", "eval.col.code", "eval.col.unit", "eval.col.kind", "eval.col.state", "eval.col.verdict",
                    "eval.col.failing", "eval.col.registeredOn", "eval.col.decidedOn", "eval.col.certificate"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(messages.get(headers[i]));
                head.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (EvalCase c : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(c.communeCode());
                row.createCell(1).setCellValue(c.unitCode());
                row.createCell(2).setCellValue(c.unitName());
                row.createCell(3).setCellValue(messages.get("eval.kind." + c.kind()));
                row.createCell(4).setCellValue(messages.get("eval.state." + c.state()));
                row.createCell(5).setCellValue(messages.get("eval.overall." + c.verdict()));
                row.createCell(6).setCellValue(c.failing() == null ? "" : c.failing());
                row.createCell(7).setCellValue(WebDates.format(c.registeredOn()));
                row.createCell(8).setCellValue(WebDates.format(c.decidedOn()));
                row.createCell(9).setCellValue(c.certificateNo() == null ? "" : c.certificateNo());
            }
            sheet.createFreezePane(0, 1);
            book.write(response.getOutputStream());
            book.dispose();
        }
    }
}
