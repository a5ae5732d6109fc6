package vn.xomantoan.units.imports;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.CellStyle;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UnitImportTest {

    static final String UNITS_HEADER = "code,name,level,unit_type,parent_code,valid_from,valid_to,enterprise_size,school_level\n";
    static final String LINKS_HEADER = "predecessor_code,successor_code,kind,effective_date,legal_basis,part_note\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Transactional
    void aValidUnitsFileCreatesUnitsThatTheApiReturns() throws Exception {
        long audits = count("audit_event WHERE action = 'IMPORT'");
        String decomposed = Normalizer.normalize("Xã Thử Nghiệm", Normalizer.Form.NFD);
        String csv = "\uFEFF" + UNITS_HEADER
                + "T901,Tỉnh Thử Nghiệm,province,Tỉnh,,2020-01-01,,,\n"
                + "T9011,Huyện  Thử Nghiệm,district,Huyện,T901,01/01/2020,,,\n"
                + "T90111," + decomposed + ",commune,xã,T9011,2020-01-01,,,\n"
                + ",Thôn Thử Nghiệm,residential_area,Thôn,T90111,2020-01-01,,,\n"
                + ",\"Công ty May Thử, Nghiệm\",establishment,Doanh nghiệp,T90111,2021-03-01,,MEDIUM,\n"
                + ",Xóm Ghép Thử,residential_area,Xóm,14677,2025-07-01,,,\n";

        upload("UNITS", "units.csv", csv).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Đã nhập 6 đơn vị")));

        mvc.perform(get("/api/v1/units/T90111").param("asOf", "2024-01-01").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.name").value("Xã Thử Nghiệm"))
                .andExpect(jsonPath("$.path[*].code", contains("T901", "T9011", "T90111")));
        mvc.perform(get("/api/v1/units/T9011").param("asOf", "2024-01-01").with(Users.admin()))
                .andExpect(jsonPath("$.unit.name").value("Huyện Thử Nghiệm"));
        mvc.perform(get("/api/v1/units").param("asOf", "2024-01-01").param("parent", "T90111").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", hasItem("T90111-001")))
                .andExpect(jsonPath("$.items[*].code", hasItem("T90111-E001")))
                .andExpect(jsonPath("$.items[?(@.code == 'T90111-E001')].enterpriseSize", contains("MEDIUM")));
        mvc.perform(get("/api/v1/units").param("parent", "14677").param("q", "xom ghep thu").with(Users.admin()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code", startsWith("14677-")));
        assertThat(count("audit_event WHERE action = 'IMPORT'")).isEqualTo(audits + 1);
        assertThat(jdbc.sql("SELECT after_data FROM audit_event WHERE action = 'IMPORT' ORDER BY id DESC").query(String.class).list().get(0))
                .contains("units.csv").contains("\"RESIDENTIAL_AREA\":2");
    }

    @Test
    @Transactional
    void aValidLinksFileCreatesLinksVisibleOnTheUnit() throws Exception {
        upload("UNITS", "units.csv", UNITS_HEADER
                + "T902,Tỉnh Cũ Thử,province,Tỉnh,,2020-01-01,2023-12-31,,\n"
                + "T904,Tỉnh Cũ Khác,province,Tỉnh,,2021-01-01,31/12/2023,,\n"
                + "T903,Tỉnh Mới Thử,province,Tỉnh,,2024-01-01,,,\n").andExpect(status().isOk());

        upload("LINKS", "links.csv", LINKS_HEADER
                + "T902,T903,sáp nhập,01/01/2024,Nghị quyết thử 1,\n"
                + "T904,T903,MERGE,2024-01-01,,một phần\n").andExpect(status().isOk());

        mvc.perform(get("/api/v1/units/T903").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.predecessors[*].otherName", org.hamcrest.Matchers.containsInAnyOrder("Tỉnh Cũ Thử", "Tỉnh Cũ Khác")))
                .andExpect(jsonPath("$.predecessors[*].kind", contains("MERGE", "MERGE")))
                .andExpect(jsonPath("$.predecessors[?(@.otherCode == 'T902')].legalBasis", contains("Nghị quyết thử 1")));
        mvc.perform(get("/api/v1/units/T902").param("asOf", "2022-06-01").with(Users.admin()))
                .andExpect(jsonPath("$.successors[0].otherCode").value("T903"))
                .andExpect(jsonPath("$.successors[0].effectiveDate").value("2024-01-01"));
    }

    @Test
    @Transactional
    void badRowsAreReportedRowByRowInVietnameseAndChangeNothing() throws Exception {
        long units = count("org_unit");
        long links = count("unit_succession");
        long audits = count("audit_event");
        String csv = UNITS_HEADER
                + "T905,Tỉnh Đúng,province,Tỉnh,,2020-01-01,,,\n"
                + "T906,Huyện Sai Cấp,county,Huyện,T905,2020-01-01,,,\n"
                + "T907,Huyện Sai Ngày,district,Huyện,T905,31/02/2020,,,\n"
                + "T908,Xã Mồ Côi,commune,Xã,T999,2020-01-01,,,\n"
                + "14677,Xã Trùng Mã,commune,Xã,37,2025-07-01,,,\n"
                + "T905,Tỉnh Đúng,province,Tỉnh,,2020-01-01,,,\n"
                + ",Thôn Sai Loại,residential_area,Phường,T905,2020-01-01,,,\n";

        String page = upload("UNITS", "bad.csv", csv).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("role=\"alert\"").contains("<th scope=\"col\">Dòng</th>").contains("<th scope=\"col\">Cột</th>")
                .contains("<th scope=\"col\">Lỗi</th>")
                .contains("Chưa có dữ liệu nào được nhập");
        assertThat(rowOf(page, 3)).contains("level").contains("county").contains("không hợp lệ");
        assertThat(rowOf(page, 4)).contains("valid_from").contains("31/02/2020");
        assertThat(rowOf(page, 5)).contains("parent_code").contains("T999");
        assertThat(rowOf(page, 6)).contains("code").contains("14677").contains("trùng");
        assertThat(rowOf(page, 7)).contains("trùng với dòng 2");
        assertThat(rowOf(page, 8)).contains("unit_type").contains("Phường");
        assertThat(page).doesNotContain("<td>2</td>");

        String linkPage = upload("LINKS", "bad-links.csv", LINKS_HEADER
                + "14683,14677,gộp,2025-07-01,,\n"
                + "14683,14683,MERGE,2016-01-01,,\n"
                + "T999,14677,MERGE,2025-07-01,,\n").andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(rowOf(linkPage, 2)).contains("kind").contains("gộp");
        assertThat(rowOf(linkPage, 3)).contains("Xã Kim Tân").contains("chính nó");
        assertThat(rowOf(linkPage, 4)).contains("T999");

        assertThat(count("org_unit")).isEqualTo(units);
        assertThat(count("unit_succession")).isEqualTo(links);
        assertThat(count("audit_event")).isEqualTo(audits);
    }

    @Test
    @Transactional
    void problemsAreInEnglishUnderLangEn() throws Exception {
        String page = mvc.perform(multipart("/units/import").file(csvFile("bad.csv", UNITS_HEADER
                                + "T905,Tỉnh Đúng,province,Tỉnh,,2020-13-01,,,\n"))
                        .param("kind", "UNITS").param("lang", "en").with(csrf()).with(Users.admin()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<th scope=\"col\">Row</th>").contains("is not valid");
    }

    @Test
    @Transactional
    void anXlsxFileWithTheExportHeadersIsImported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Đơn vị");
            String[] header = {"Mã", "Tên", "Cấp", "Loại", "Mã đơn vị cấp trên", "Hiệu lực từ"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            CellStyle dates = wb.createCellStyle();
            dates.setDataFormat(wb.createDataFormat().getFormat("m/d/yy"));
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("T909");
            r.createCell(1).setCellValue("Tỉnh Bảng Tính");
            r.createCell(2).setCellValue("province");
            r.createCell(3).setCellValue("Tỉnh");
            r.createCell(5).setCellValue(LocalDate.of(2020, 3, 15));
            r.getCell(5).setCellStyle(dates);
            wb.write(out);
        }
        mvc.perform(multipart("/units/import").file(new MockMultipartFile("file", "units.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray()))
                .param("kind", "UNITS").with(csrf()).with(Users.admin())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/units/T909").with(Users.admin()))
                .andExpect(jsonPath("$.unit.name").value("Tỉnh Bảng Tính"))
                .andExpect(jsonPath("$.unit.validFrom").value("2020-03-15"));
    }

    @Test
    @Transactional
    void contentThatIsNotCsvOrXlsxIsRejected() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        String page = mvc.perform(multipart("/units/import").file(new MockMultipartFile("file", "units.csv", "text/csv", png))
                        .param("kind", "UNITS").with(csrf()).with(Users.admin()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("không phải là tệp CSV");

        byte[] latin = (UNITS_HEADER + "T910,Tỉnh Thử,province,Tỉnh,,2020-01-01,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        latin[UNITS_HEADER.length() + 6] = (byte) 0xE0;
        page = mvc.perform(multipart("/units/import").file(new MockMultipartFile("file", "units.csv", "text/csv", latin))
                        .param("kind", "UNITS").with(csrf()).with(Users.admin()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("UTF-8");

        page = mvc.perform(multipart("/units/import").file(new MockMultipartFile("file", "units.xlsx", "text/csv",
                                UNITS_HEADER.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "UNITS").with(csrf()).with(Users.admin()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("không khớp");
    }

    @Test
    void onlyAdministratorsMayImport() throws Exception {
        mvc.perform(get("/units/import").with(Users.provinceOfficer())).andExpect(status().isForbidden());
        mvc.perform(multipart("/units/import").file(csvFile("units.csv", UNITS_HEADER + "T911,Tỉnh Cấm,province,Tỉnh,,2020-01-01,,,\n"))
                .param("kind", "UNITS").with(csrf()).with(Users.dinhHoaOfficer())).andExpect(status().isForbidden());
        mvc.perform(get("/units/import").with(Users.admin())).andExpect(status().isOk());
    }

    private ResultActions upload(String kind, String name, String content) throws Exception {
        return mvc.perform(multipart("/units/import").file(csvFile(name, content)).param("kind", kind).with(csrf()).with(Users.admin()));
    }

    private static MockMultipartFile csvFile(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private long count(String tableAndWhere) {
        return jdbc.sql("SELECT COUNT(*) FROM " + tableAndWhere).query(Long.class).single();
    }

    /** The text of the error-table rows for one file row. */
    private static String rowOf(String page, int row) {
        StringBuilder sb = new StringBuilder();
        String marker = "<td>" + row + "</td>";
        int at = page.indexOf(marker);
        while (at >= 0) {
            int end = page.indexOf("</tr>", at);
            sb.append(page, at, end).append('\n');
            at = page.indexOf(marker, end);
        }
        assertThat(sb).as("problems of row %d", row).isNotEmpty();
        return sb.toString();
    }
}
