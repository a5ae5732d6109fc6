package vn.xomantoan.evaluation;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages as users see them, on the demo data. */
@IntegrationTest
class EvaluationPagesTest {

    static final int YEAR = LocalDate.now().getYear();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoHasCasesFor2016AndThisYear() {
        long cases2016 = jdbc.sql("SELECT COUNT(*) FROM eval_case WHERE eval_year = 2016").query(Long.class).single();
        long recognised2016 = jdbc.sql("SELECT COUNT(*) FROM eval_case WHERE eval_year = 2016 AND outcome = 'RECOGNISED' AND unit_kind = 'RESIDENTIAL_AREA'")
                .query(Long.class).single();
        long areas2016 = jdbc.sql("SELECT COUNT(*) FROM eval_case WHERE eval_year = 2016 AND unit_kind = 'RESIDENTIAL_AREA'").query(Long.class).single();
        assertThat(areas2016).isEqualTo(1684);
        assertThat(cases2016).isGreaterThan(1684 + 145);
        assertThat(recognised2016).isBetween(1300L, 1684L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM eval_decision WHERE eval_year = 2016").query(Long.class).single()).isGreaterThan(145L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM eval_case WHERE eval_year = :y").param("y", YEAR).query(Long.class).single()).isGreaterThan(1684L);
    }

    @Test
    void aCommuneOfficerLandsOnTheBoardOfTheirCommune() throws Exception {
        mvc.perform(get("/evaluation").with(Users.dinhHoaOfficer()))
                .andExpect(redirectedUrl("/evaluation/board?unit=14677&year=" + YEAR));
        mvc.perform(get("/evaluation/board").param("unit", "14677").param("year", String.valueOf(YEAR)).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã Định Hóa")))
                .andExpect(content().string(containsString("KDC-4b")))
                .andExpect(content().string(containsString("Chạy đánh giá")));
    }

    @Test
    void theBoardOf2016ShowsCircular23AndItsDecisions() throws Exception {
        mvc.perform(get("/evaluation/board").param("unit", "14683").param("year", "2016").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã Kim Tân")))
                .andExpect(content().string(containsString("Thông tư 23/2012/TT-BCA")))
                .andExpect(content().string(containsString("Được công nhận")));
    }

    @Test
    void theProvinceViewListsItsCommunesWithTheirRates() throws Exception {
        mvc.perform(get("/evaluation").with(Users.provinceOfficer()))
                .andExpect(redirectedUrl("/evaluation/province?unit=37&year=" + YEAR));
        mvc.perform(get("/evaluation/province").param("unit", "37").param("year", "2016").with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã Kim Tân")))
                .andExpect(content().string(containsString("XA-4b")));
    }

    @Test
    void resultsAreSearchableWithoutDiacriticsAndExportToExcelWithVietnameseHeaders() throws Exception {
        mvc.perform(get("/evaluation/results").param("unit", "14683").param("year", "2016").param("q", "xom 1")
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xóm 1")));
        byte[] xlsx = mvc.perform(get("/evaluation/results.xlsx").param("unit", "14683").param("year", "2016").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Trạng thái");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).isEqualTo("14683");
            }
            assertThat(sheet.getLastRowNum()).isGreaterThan(5);
        }
    }

    @Test
    void theCriteriaPageShowsTheSetOfTheYear() throws Exception {
        mvc.perform(get("/evaluation/criteria").param("year", "2016").with(Users.leader()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("100% hộ gia đình ký cam kết")));
        mvc.perform(get("/evaluation/criteria").param("year", "2023").with(Users.leader()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("KDC-3đ")))
                .andExpect(content().string(containsString("đăng ký tham gia")));
    }
}
