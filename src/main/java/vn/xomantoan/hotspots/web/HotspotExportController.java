package vn.xomantoan.hotspots.web;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xomantoan.hotspots.domain.Hotspot;
import vn.xomantoan.hotspots.domain.HotspotQuery;
import vn.xomantoan.hotspots.domain.HotspotService;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The filtered hot-spot list as XLSX with Vietnamese headers. */
@Controller
class HotspotExportController {

    private final HotspotService service;
    private final Messages messages;

    HotspotExportController(HotspotService service, Messages messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping("/hotspots/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                                  @RequestParam(required = false) String programme, @RequestParam(required = false) String status,
                                  @RequestParam(required = false) String unit, @RequestParam(required = false) Long unitId,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String sort)
            throws IOException {
        List<Hotspot> items = service.search(new HotspotQuery(q, kind, programme, status, unit, unitId, from, to, sort, 0, 10_000)).items();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Địa bàn");
            String[] header = {"hotspots.name", "hotspots.kind", "hotspots.decisionNo", "hotspots.decisionDate",
                    "hotspots.authority", "hotspots.status", "hotspots.delisting", "hotspots.programme"};
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(messages.get(header[c]));
            }
            int r = 1;
            for (Hotspot s : items) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(s.name());
                row.createCell(1).setCellValue(messages.get("hotspots.kind." + s.kind()));
                row.createCell(2).setCellValue(s.decisionNo());
                row.createCell(3).setCellValue(WebDates.format(s.decisionDate()));
                row.createCell(4).setCellValue(s.authority());
                row.createCell(5).setCellValue(messages.get("hotspots.status." + s.status()));
                row.createCell(6).setCellValue(s.delistingNo() == null ? "" : s.delistingNo() + " · " + WebDates.format(s.delistingDate()));
                row.createCell(7).setCellValue(s.programme() == null ? "" : s.programme());
            }
            wb.write(out);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("dia-ban-trong-diem.xlsx", StandardCharsets.UTF_8).build().toString())
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .body(out.toByteArray());
        }
    }
}
