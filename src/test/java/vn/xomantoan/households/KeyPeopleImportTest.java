package vn.xomantoan.households;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A commune officer imports the commune's list of cadres and respected persons with three bad rows
 * (a missing name, another commune's area, an unreadable birth year, role and date): all-or-nothing
 * stores nothing, row-by-row stores only the good rows; problems come back per row in Vietnamese and
 * as a downloadable report; the import is audited.
 */
@IntegrationTest
class KeyPeopleImportTest {

    static final String[][] ROWS = {
            {"STT", "Mã đơn vị", "Họ tên", "Giới tính", "Năm sinh", "Chức danh", "Loại người có uy tín", "Nhiệm kỳ từ ngày",
                    "Nhiệm kỳ đến ngày", "Điện thoại"},
            {"1", "14677-001", "Hoàng Văn Nhập Một", "Nam", "1968", "Bí thư chi bộ", "", "15/08/2025", "", "0912 345 678"},
            {"2", "14677-002", "Vũ Thị Nhập Hai", "Nữ", "1975", "Người có uy tín", "Chức sắc tôn giáo", "2025-08-15", "", ""},
            {"3", "14677-001", "", "Nam", "1960", "Trưởng thôn", "", "15/08/2025", "", ""},
            {"4", "14620-001", "Phạm Văn Nhập Ngoài", "Nam", "1970", "Trưởng thôn", "", "15/08/2025", "", ""},
            {"5", "14677-003", "Lê Thị Nhập Năm", "nữ", "1980", "Phó trưởng thôn", "", "15/08/2025", "", ""},
            {"6", "14677-001", "Đỗ Văn Nhập Sáu", "Nam", "năm mươi", "Thủ quỹ", "", "31/02/2025", "", ""},
    };

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    final List<Long> jobs = new ArrayList<>();

    @AfterEach
    void removeImportedPeople() {
        for (long job : jobs) {
            jdbc.sql("DELETE FROM key_person WHERE import_job_id = :j").param("j", job).update();
        }
    }

    private static byte[] csv() {
        StringBuilder sb = new StringBuilder();
        for (String[] row : ROWS) {
            sb.append(String.join(",", row)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] spreadsheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Cán bộ");
            for (int r = 0; r < ROWS.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < ROWS[r].length; c++) {
                    if (!ROWS[r][c].isEmpty()) {
                        if (r > 0 && c == 4 && ROWS[r][c].matches("[0-9]+")) {
                            row.createCell(c).setCellValue(Integer.parseInt(ROWS[r][c]));
                        } else {
                            row.createCell(c).setCellValue(ROWS[r][c]);
                        }
                    }
                }
            }
            wb.write(out);
        }
        return out.toByteArray();
    }

    private long upload(String mode, byte[] content, String name, RequestPostProcessor user) throws Exception {
        String location = mvc.perform(multipart("/key-people/import").file(new MockMultipartFile("file", name,
                                "application/octet-stream", content)).param("mode", mode).with(csrf()).with(user))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        jobs.add(id);
        return id;
    }

    private String finished(long job, RequestPostProcessor user) {
        String[] page = {null};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            page[0] = mvc.perform(get("/key-people/import/" + job + "/progress").with(user))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            return page[0].contains("id=\"import-result\"");
        });
        return page[0];
    }

    private List<String> storedBy(long job) {
        return jdbc.sql("SELECT full_name FROM key_person WHERE import_job_id = :j ORDER BY id").param("j", job)
                .query(String.class).list();
    }

    @Test
    void allOrNothingStoresNothingAndExplainsEveryBadRow() throws Exception {
        long job = upload("ALL_OR_NOTHING", csv(), "can-bo-dinh-hoa.csv", Users.dinhHoaOfficer());
        String page = finished(job, Users.dinhHoaOfficer());

        assertThat(page).contains("id=\"import-rejected\"").contains("Tệp có 3 dòng lỗi nên chưa có dữ liệu nào được nhập");
        assertThat(storedBy(job)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM key_person WHERE full_name LIKE '%Nhập%'").query(Long.class).single()).isZero();
        assertThat(page).contains("<td>4</td>").contains("Họ tên").contains("Vui lòng nhập họ tên.");
        assertThat(page).contains("<td>5</td>").contains("14620-001").contains("nằm ngoài phạm vi quản lý của bạn");
        assertThat(page).contains("<td>7</td>").contains("Năm sinh &quot;năm mươi&quot; không hợp lệ")
                .contains("Chức danh &quot;Thủ quỹ&quot; không có trong danh mục").contains("Ngày &quot;31/02/2025&quot; không hợp lệ");
        assertThat(page).doesNotContain("<td>2</td>").doesNotContain("<td>3</td>").doesNotContain("<td>6</td>");
    }

    @Test
    void rowByRowStoresOnlyTheGoodRowsAuditsAndReportsTheOthers() throws Exception {
        long job = upload("ROW_BY_ROW", spreadsheet(), "can-bo-dinh-hoa.xlsx", Users.dinhHoaOfficer());
        String page = finished(job, Users.dinhHoaOfficer());

        assertThat(page).contains("id=\"import-stored\"").contains("Đã nhập 3 người").contains("bị bỏ qua: 3");
        assertThat(storedBy(job)).containsExactly("Hoàng Văn Nhập Một", "Vũ Thị Nhập Hai", "Lê Thị Nhập Năm");
        assertThat(jdbc.sql("SELECT role || '/' || gender || '/' || COALESCE(respected_kind, '-') || '/' || COALESCE(phone, '-') "
                        + "FROM key_person WHERE import_job_id = :j ORDER BY id").param("j", job).query(String.class).list())
                .containsExactly("PARTY_CELL_SECRETARY/MALE/-/0912345678", "RESPECTED_PERSON/FEMALE/RELIGIOUS_DIGNITARY/-",
                        "DEPUTY_AREA_HEAD/FEMALE/-/-");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT' AND entity_type = 'KeyPerson' AND entity_id = :id "
                + "AND username = 'xa.dinhhoa'").param("id", String.valueOf(job)).query(Long.class).single()).isEqualTo(1);
        // the imported secretary is listed for the area
        String list = mvc.perform(get("/key-people").param("unit", "14677-001").param("asOf", "2025-09-01").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Hoàng Văn Nhập Một");

        byte[] xlsx = mvc.perform(get("/key-people/import/" + job + "/errors.xlsx").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook report = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = report.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Dòng");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Mã đơn vị");
            assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("Lỗi");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(4);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("14620-001");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Phạm Văn Nhập Ngoài");
            assertThat(sheet.getRow(3).getCell(11).getStringCellValue()).contains("Cột \"Năm sinh\"").contains("Cột \"Chức danh\"")
                    .contains("Cột \"Nhiệm kỳ từ ngày\"");
        }
        String csv = mvc.perform(get("/key-people/import/" + job + "/errors.csv").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFDòng,Mã đơn vị,Họ tên").contains("Phạm Văn Nhập Ngoài");

        // another commune's officer sees neither the job nor its report; a household job is not a key-people job
        mvc.perform(get("/key-people/import/" + job).with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/key-people/import/" + job + "/errors.csv").with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/households/import/" + job).with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
    }

    @Test
    void theFilesOfAnotherCommuneAreErrorsAndAreaHeadsMayNotImport() throws Exception {
        long job = upload("ROW_BY_ROW", csv(), "can-bo.csv", Users.phatDiemOfficer());
        String page = finished(job, Users.phatDiemOfficer());
        // for Phát Diệm's officer the Định Hóa rows are out of scope; its own area's row is stored
        assertThat(storedBy(job)).containsExactly("Phạm Văn Nhập Ngoài");
        assertThat(page).contains("14677-001").contains("nằm ngoài phạm vi quản lý của bạn");

        mvc.perform(get("/key-people/import").with(Users.areaHead())).andExpect(status().isForbidden());
        mvc.perform(multipart("/key-people/import").file(new MockMultipartFile("file", "x.csv", "text/csv", csv()))
                .param("mode", "ROW_BY_ROW").with(csrf()).with(Users.areaHead())).andExpect(status().isForbidden());
    }
}
