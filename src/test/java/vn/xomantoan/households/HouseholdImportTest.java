package vn.xomantoan.households;

import org.apache.poi.ss.usermodel.CellStyle;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A commune officer imports the commune's spreadsheet with three bad rows: all-or-nothing stores
 * nothing, row-by-row stores only the good rows, and the problems come back per row and column in
 * Vietnamese and as a downloadable report. Imports run as background jobs, so this test cleans up.
 */
@IntegrationTest
class HouseholdImportTest {

    static final String[] HEADER = {"STT", "Mã khu dân cư", "Họ tên chủ hộ", "Giới tính", "Số nhà", "Đường/ngõ", "Số nhân khẩu",
            "Ngày chuyển đến", "Điện thoại"};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    final List<Long> jobs = new ArrayList<>();

    @AfterEach
    void removeImportedHouseholds() {
        for (long job : jobs) {
            jdbc.sql("DELETE FROM household_residence WHERE household_id IN (SELECT id FROM household WHERE import_job_id = :j)")
                    .param("j", job).update();
            jdbc.sql("DELETE FROM household WHERE import_job_id = :j").param("j", job).update();
        }
    }

    private static byte[] spreadsheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Hộ");
            CellStyle dates = wb.createCellStyle();
            dates.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Object[][] rows = {
                    HEADER,
                    {1, "14677-001", "Nguyễn Văn Nhập Một", "Nam", "Số 3", "Đường làng", 4, LocalDate.of(2015, 5, 2), "0912345678"},
                    {2, "14677-002", "Trần Thị Nhập Hai", "Nữ", "", "Ngõ 2", 3, "12/08/2019", ""},
                    {3, "14677-001", "", "Nam", "Số 5", "", 2, "2018-01-01", ""},
                    {4, "14620-001", "Phạm Văn Nhập Ngoài", "Nam", "", "", 5, "2018-01-01", ""},
                    {5, "14677-003", "Lê Thị Nhập Năm", "nữ", "", "", 2, "2021-03-01", "098 765 4321"},
                    {6, "14677-001", "Đỗ Văn Nhập Sáu", "Nam", "", "", "bốn", "31/02/2020", ""},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Integer i) {
                        row.createCell(c).setCellValue(i);
                    } else if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(dates);
                    } else if (!"".equals(v)) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return out.toByteArray();
    }

    private long upload(String mode, byte[] content, String name, RequestPostProcessor user) throws Exception {
        String location = mvc.perform(multipart("/households/import").file(new MockMultipartFile("file", name,
                                "application/octet-stream", content)).param("mode", mode).with(csrf()).with(user))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        jobs.add(id);
        return id;
    }

    private String finished(long job, RequestPostProcessor user) {
        String[] page = {null};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            page[0] = mvc.perform(get("/households/import/" + job + "/progress").with(user))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            return page[0].contains("id=\"import-result\"");
        });
        return page[0];
    }

    private long storedBy(long job) {
        return jdbc.sql("SELECT COUNT(*) FROM household h JOIN household_residence r ON r.household_id = h.id WHERE h.import_job_id = :j")
                .param("j", job).query(Long.class).single();
    }

    @Test
    void allOrNothingStoresNothingAndExplainsEveryBadRow() throws Exception {
        long job = upload("ALL_OR_NOTHING", spreadsheet(), "ho-dinh-hoa.xlsx", Users.dinhHoaOfficer());
        String page = finished(job, Users.dinhHoaOfficer());

        assertThat(page).contains("id=\"import-rejected\"").contains("Tệp có 3 dòng lỗi nên chưa có dữ liệu nào được nhập");
        assertThat(storedBy(job)).isZero();
        assertThat(page).contains("<td>4</td>").contains("Họ tên chủ hộ").contains("Thiếu giá trị bắt buộc");
        assertThat(page).contains("<td>5</td>").contains("Mã khu dân cư").contains("14620-001")
                .contains("nằm ngoài phạm vi quản lý của bạn");
        assertThat(page).contains("<td>7</td>").contains("Số nhân khẩu").contains("bốn")
                .contains("Ngày chuyển đến").contains("31/02/2020");
        assertThat(page).doesNotContain("<td>2</td>").doesNotContain("<td>3</td>").doesNotContain("<td>6</td>");
    }

    @Test
    void rowByRowStoresOnlyTheGoodRowsAndTheErrorReportListsTheOthers() throws Exception {
        long job = upload("ROW_BY_ROW", spreadsheet(), "ho-dinh-hoa.xlsx", Users.dinhHoaOfficer());
        String page = finished(job, Users.dinhHoaOfficer());

        assertThat(page).contains("id=\"import-stored\"").contains("Đã nhập 3 hộ").contains("bị bỏ qua: 3");
        assertThat(storedBy(job)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT head_name FROM household WHERE import_job_id = :j ORDER BY import_row").param("j", job)
                .query(String.class).list()).containsExactly("Nguyễn Văn Nhập Một", "Trần Thị Nhập Hai", "Lê Thị Nhập Năm");
        mvc.perform(get("/api/v1/households").param("q", "nguyen van nhap mot").param("asOf", "2015-05-02").with(Users.dinhHoaOfficer()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total").value(1));

        byte[] xlsx = mvc.perform(get("/households/import/" + job + "/errors.xlsx").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook report = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = report.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Dòng");
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Lỗi");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(4);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("14620-001");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Phạm Văn Nhập Ngoài");
            assertThat(sheet.getRow(3).getCell(10).getStringCellValue()).contains("Cột \"Số nhân khẩu\"").contains("Cột \"Ngày chuyển đến\"");
        }
        String csv = mvc.perform(get("/households/import/" + job + "/errors.csv").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFDòng,Mã khu dân cư,Họ tên chủ hộ").contains("Phạm Văn Nhập Ngoài");

        mvc.perform(get("/households/import/" + job).with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/households/import/" + job + "/errors.csv").with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
    }

    @Test
    void aCsvWithoutTheRequiredColumnsIsRejectedAsAWhole() throws Exception {
        byte[] csv = "area_code,head_name,gender\n14677-001,Nguyễn Văn A,Nam\n".getBytes(StandardCharsets.UTF_8);
        long job = upload("ROW_BY_ROW", csv, "thieu-cot.csv", Users.dinhHoaOfficer());
        String page = finished(job, Users.dinhHoaOfficer());
        assertThat(page).contains("Thiếu cột bắt buộc &quot;members&quot;");
        assertThat(storedBy(job)).isZero();
    }

    @Test
    void aCsvWithAnUnknownAreaAndAnAreaOutOfScopeStoresNothingAndNamesBothRows() throws Exception {
        byte[] csv = """
                area_code,head_name,gender,members,moved_in
                14677-001,Nguyễn Văn Mã Đúng,Nam,3,2019-04-01
                99999-999,Trần Thị Mã Lạ,Nữ,2,2019-04-01
                14620-001,Phạm Văn Mã Ngoài,Nam,4,2019-04-01
                14677-001,Lê Văn Mã Đúng Hai,Nam,1,2019-04-01
                """.getBytes(StandardCharsets.UTF_8);
        long job = upload("ALL_OR_NOTHING", csv, "ma-khu.csv", Users.dinhHoaOfficer());
        String page = finished(job, Users.dinhHoaOfficer());
        assertThat(page).contains("id=\"import-rejected\"").contains("Tệp có 2 dòng lỗi");
        assertThat(page).contains("<td>3</td>").contains("Không có khu dân cư mã &quot;99999-999&quot; tại ngày hôm nay");
        assertThat(page).contains("<td>4</td>").contains("Khu dân cư mã &quot;14620-001&quot; nằm ngoài phạm vi quản lý của bạn");
        assertThat(page).doesNotContain("<td>2</td>").doesNotContain("<td>5</td>");
        assertThat(storedBy(job)).isZero();
    }

    @Test
    void aRowWithTheLongestNameHouseNumberAndStreetIsStoredAndFoundAsTheFormWouldStoreIt() throws Exception {
        String name = ("Nguyễn Thị " + "Hoàng Mai ".repeat(12)).trim();
        name = name.substring(0, 120).trim();
        String houseNo = "Số nhà 1234, ngõ 56, ngách 78, hẻm 90 A";
        String street = ("Đường liên thôn " + "Đông Hạ Bắc Thượng ".repeat(10)).substring(0, 160).trim();
        String csv = "area_code,head_name,gender,house_no,street,members,moved_in\n14677-001,\"" + name + "\",Nữ,\"" + houseNo + "\",\""
                + street + "\",3,2019-04-01\n";
        assertThat(vn.xomantoan.households.domain.HouseholdDraft.searchKeyOf(name, houseNo, street).length()).isEqualTo(300);

        long job = upload("ALL_OR_NOTHING", csv.getBytes(StandardCharsets.UTF_8), "dai.csv", Users.dinhHoaOfficer());
        String page = finished(job, Users.dinhHoaOfficer());

        assertThat(page).doesNotContain("id=\"import-rejected\"");
        assertThat(storedBy(job)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT search_key FROM household WHERE import_job_id = :j").param("j", job).query(String.class).single())
                .isEqualTo(vn.xomantoan.households.domain.HouseholdDraft.searchKeyOf(name, houseNo, street));
    }

    @Test
    void aLargeFileIsStoredWholeEachHouseholdWithOneResidenceInItsArea() throws Exception {
        StringBuilder csv = new StringBuilder("area_code,head_name,gender,members,moved_in\n");
        int rows = 25_000;
        for (int i = 1; i <= rows; i++) {
            csv.append(i == 12_345 ? "99999-999" : "14677-00" + (1 + i % 3)).append(",Nguyễn Văn Lớn ").append(i)
                    .append(",Nam,").append(1 + i % 6).append(",2019-04-01\n");
        }
        long job = upload("ROW_BY_ROW", csv.toString().getBytes(StandardCharsets.UTF_8), "lon.csv", Users.dinhHoaOfficer());
        String page = finished(job, Users.dinhHoaOfficer());

        assertThat(page).contains("id=\"import-stored\"").contains("bị bỏ qua: 1");
        assertThat(storedBy(job)).isEqualTo(rows - 1);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM household h JOIN household_residence r ON r.household_id = h.id
                        WHERE h.import_job_id = :j AND r.area_code = '14677-00' || (1 + MOD(h.import_row - 1, 3)) AND r.valid_from = h.moved_in
                          AND h.head_name = 'Nguyễn Văn Lớn ' || (h.import_row - 1)""")
                .param("j", job).query(Long.class).single()).as("every household in the area of its own row").isEqualTo(rows - 1);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT household_id) FROM household_residence r JOIN household h ON h.id = r.household_id "
                + "WHERE h.import_job_id = :j").param("j", job).query(Long.class).single()).isEqualTo(rows - 1);
        assertThat(page).contains("<td>12346</td>").contains("Không có khu dân cư mã &quot;99999-999&quot;");
    }
}
