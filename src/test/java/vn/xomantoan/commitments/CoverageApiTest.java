package vn.xomantoan.commitments;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Coverage on the hierarchy of the date asked for, with the scope rules of the pages. */
@IntegrationTest
class CoverageApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long resident(String pathOfCode, LocalDate on) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM household_resident r JOIN unit_version a ON a.code = r.area_code
                          AND a.valid_from <= :d AND (a.valid_to IS NULL OR a.valid_to >= :d)
                        JOIN unit_version p ON p.code = :code AND p.valid_from <= :d AND (p.valid_to IS NULL OR p.valid_to >= :d)
                        WHERE a.level = 'RESIDENTIAL_AREA' AND a.path LIKE CONCAT(p.path, '%') AND r.valid_from <= :d
                          AND (r.valid_to IS NULL OR r.valid_to >= :d) AND (r.moved_out IS NULL OR r.moved_out >= :d)""")
                .param("code", pathOfCode).param("d", on).query(Long.class).single();
    }

    @Test
    void in2016NinhBinhSplitsIntoEightDistrictsAndTodayInto129Communes() throws Exception {
        long started = System.nanoTime();
        mvc.perform(get("/api/v1/commitments/coverage?unit=37&year=2016&asOf=2016-10-31").with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.criteriaSet").value("TT23_2012"))
                .andExpect(jsonPath("$.children.items", hasSize(8)))
                .andExpect(jsonPath("$.children.items[?(@.code == '376')].name").value("Huyện Kim Sơn"))
                .andExpect(jsonPath("$.resident").value(resident("37", LocalDate.of(2016, 10, 31))));
        System.out.println("Coverage of the province in 2016: " + (System.nanoTime() - started) / 1_000_000 + " ms");
        int year = LocalDate.now().getYear();
        mvc.perform(get("/api/v1/commitments/coverage?unit=37&year=" + year).with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.criteriaSet").value("TT124_2021"))
                .andExpect(jsonPath("$.children.total").value(129))
                .andExpect(jsonPath("$.resident").value(resident("37", LocalDate.now())));
        mvc.perform(get("/api/v1/commitments/coverage?unit=376&year=2016&asOf=31/10/2016").with(Users.provinceOfficer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.level").value("DISTRICT"))
                .andExpect(jsonPath("$.children.items[0].level").value("COMMUNE"));
    }

    @Test
    void demoCoverageIsRealisticButIncomplete() throws Exception {
        String body = mvc.perform(get("/api/v1/commitments/coverage?unit=37&year=2016&asOf=2016-10-31&size=500").with(Users.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        double percent = Double.parseDouble(body.replaceAll("(?s).*?\"percent\":([0-9.]+).*", "$1"));
        assertThat(percent).isBetween(80.0, 99.9);
    }

    @Test
    void anAreaAnswersItsFiguresAndKdc1cAndOutOfScopeUnitsAnswerNotFound() throws Exception {
        int year = LocalDate.now().getYear();
        mvc.perform(get("/api/v1/commitments/coverage?unit=14677-001&year=" + year).with(Users.areaHead()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.level").value("RESIDENTIAL_AREA"))
                .andExpect(jsonPath("$.kdc1c").exists());
        mvc.perform(get("/api/v1/commitments/coverage?unit=14620&year=" + year).with(Users.dinhHoaOfficer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/commitments/coverage?unit=14677-002&year=" + year).with(Users.areaHead()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/commitments/coverage?unit=37&year=" + year + "&asOf=31/02/2026").with(Users.admin()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("31/02/2026")));
    }

    @Test
    void campaignsAreListedWithTheirCriteriaSet() throws Exception {
        mvc.perform(get("/api/v1/commitments/campaigns?year=2015").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].criteriaSet").value("TT23_2012"));
        mvc.perform(get("/commitments?q=dang ky tham gia").with(Users.leader()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Đợt đăng ký tham gia")));
        mvc.perform(get("/commitments/export.xlsx").with(Users.leader())).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }
}
