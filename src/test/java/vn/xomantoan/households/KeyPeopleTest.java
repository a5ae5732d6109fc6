package vn.xomantoan.households;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Key people counted by role and gender for a unit on a date: appointing a woman secretary shows in the figures. */
@IntegrationTest
@Transactional
class KeyPeopleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    HouseholdApi api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void countsByRoleAndGenderMatchTheRecordsAndFollowAppointments() throws Exception {
        LocalDate today = LocalDate.now();
        KeyPersonCounts before = api.keyPeopleCounts("14677", today, UnitScope.EVERYTHING).orElseThrow();
        long womenSecretaries = jdbc.sql("""
                        SELECT COUNT(*) FROM key_person k JOIN unit_version u ON u.code = k.unit_code
                          AND u.valid_from <= :d AND (u.valid_to IS NULL OR u.valid_to >= :d)
                        JOIN unit_version c ON c.code = '14677' AND c.valid_from <= :d AND (c.valid_to IS NULL OR c.valid_to >= :d)
                        WHERE u.path LIKE c.path || '%' AND k.role = 'PARTY_CELL_SECRETARY' AND k.gender = 'FEMALE'
                          AND k.term_from <= :d AND (k.term_to IS NULL OR k.term_to >= :d)""")
                .param("d", today).query(Long.class).single();
        assertThat(before.count(KeyPersonRole.PARTY_CELL_SECRETARY, Gender.FEMALE)).isEqualTo(womenSecretaries);

        mvc.perform(post("/key-people/new").param("unit", "14677").param("unitCode", "14677-001").param("fullName", "Phạm Thị Nguyệt")
                        .param("gender", "FEMALE").param("birthYear", "1975").param("role", "PARTY_CELL_SECRETARY")
                        .param("termFrom", "01/07/2022").param("termTo", "30/06/2027").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().is3xxRedirection());

        KeyPersonCounts after = api.keyPeopleCounts("14677", today, UnitScope.EVERYTHING).orElseThrow();
        assertThat(after.count(KeyPersonRole.PARTY_CELL_SECRETARY, Gender.FEMALE)).isEqualTo(womenSecretaries + 1);
        assertThat(after.count(KeyPersonRole.PARTY_CELL_SECRETARY, Gender.MALE))
                .isEqualTo(before.count(KeyPersonRole.PARTY_CELL_SECRETARY, Gender.MALE));
        mvc.perform(get("/api/v1/key-people/counts").param("unit", "14677").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts[?(@.role == 'PARTY_CELL_SECRETARY' && @.gender == 'FEMALE')].count")
                        .value(org.hamcrest.Matchers.contains((int) womenSecretaries + 1)));
        mvc.perform(get("/api/v1/key-people").param("unit", "14677").param("role", "PARTY_CELL_SECRETARY").param("gender", "FEMALE")
                        .param("q", "pham thi nguyet").with(Users.dinhHoaOfficer()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].unitCode").value("14677-001"))
                .andExpect(jsonPath("$.items[*].gender", everyItem(is("FEMALE"))));
        mvc.perform(get("/key-people").param("unit", "14677").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nữ bí thư chi bộ, trưởng thôn, tổ trưởng tổ dân phố")));
    }

    @Test
    void aRespectedPersonNeedsAKindAndTheFormSaysSo() throws Exception {
        String page = mvc.perform(post("/key-people/new").param("unit", "14677").param("unitCode", "14677-001")
                        .param("fullName", "Trần Văn Cụ").param("gender", "MALE").param("birthYear", "19x0")
                        .param("role", "RESPECTED_PERSON").param("termFrom", "01/01/2020").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"birthYear-error\"").contains("19x0");
        page = mvc.perform(post("/key-people/new").param("unit", "14677").param("unitCode", "14677-001")
                        .param("fullName", "Trần Văn Cụ").param("gender", "MALE").param("birthYear", "1940")
                        .param("role", "RESPECTED_PERSON").param("termFrom", "01/01/2020").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"respectedKind-error\"").contains("trưởng dòng họ, chức sắc tôn giáo hoặc già làng");
    }

    @Test
    void theKeyPeopleListExportsToExcel() throws Exception {
        byte[] xlsx = mvc.perform(get("/key-people/export.xlsx").param("unit", "14677-001").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Họ tên");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Chức danh");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(4);
        }
    }
}
