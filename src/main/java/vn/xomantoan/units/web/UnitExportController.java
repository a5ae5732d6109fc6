package vn.xomantoan.units.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.units.imports.UnitExporter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The units valid on a date within the caller's scope, as CSV or XLSX. */
@Controller
class UnitExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final UnitExporter exporter;
    private final AccessScope access;

    UnitExportController(UnitExporter exporter, AccessScope access) {
        this.exporter = exporter;
        this.access = access;
    }

    @GetMapping("/units/export.csv")
    void csv(@RequestParam(required = false) String asOf, HttpServletResponse response) throws IOException {
        LocalDate date = DateParams.asOf(asOf);
        prepare(response, "text/csv;charset=UTF-8", "don-vi-" + date + ".csv");
        exporter.writeCsv(date, access.current(), response.getOutputStream());
    }

    @GetMapping("/units/export.xlsx")
    void xlsx(@RequestParam(required = false) String asOf, HttpServletResponse response) throws IOException {
        LocalDate date = DateParams.asOf(asOf);
        prepare(response, XLSX, "don-vi-" + date + ".xlsx");
        exporter.writeXlsx(date, access.current(), response.getOutputStream());
    }

    private static void prepare(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
