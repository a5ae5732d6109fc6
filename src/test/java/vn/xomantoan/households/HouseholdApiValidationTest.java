package vn.xomantoan.households;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API explains bad input field by field, in Vietnamese, and stores nothing; reads of personal data are logged. */
@IntegrationTest
@Transactional
class HouseholdApiValidationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void invalidHouseholdsAreRejectedWithOneVietnameseMessagePerField() throws Exception {
        long before = count("SELECT COUNT(*) FROM household");
        mvc.perform(post("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"areaCode\":\"14677-999\",\"headName\":\"  \",\"members\":0,\"phone\":\"12ab\",\"movedIn\":\"2020-01-01\"}")
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Yêu cầu chưa hợp lệ"))
                .andExpect(jsonPath("$.errors.areaCode", containsString("Không có khu dân cư mã \"14677-999\"")))
                .andExpect(jsonPath("$.errors.headName").value("Vui lòng nhập họ tên chủ hộ."))
                .andExpect(jsonPath("$.errors.headGender", containsString("giới tính")))
                .andExpect(jsonPath("$.errors.members", containsString("từ 1 đến 100")))
                .andExpect(jsonPath("$.errors.phone", containsString("12ab")));
        mvc.perform(post("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"areaCode\":\"14677-001\",\"headName\":\"Bùi Thị Hoa\",\"headGender\":\"Nữ\",\"members\":2,\"movedIn\":\"31/02/2020\"}")
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.movedIn", containsString("31/02/2020")));
        mvc.perform(post("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"areaCode\":\"14677-001\",\"headName\":\"Bùi Thị Hoa\",\"headGender\":\"Nữ\",\"members\":2,\"movedIn\":\"01/01/2099\"}")
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.movedIn", containsString("tương lai")));
        assertThat(count("SELECT COUNT(*) FROM household")).isEqualTo(before);

        mvc.perform(post("/api/v1/households").param("lang", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"areaCode\":\"14677-001\",\"headGender\":\"F\",\"members\":2,\"movedIn\":\"2020-01-01\"}")
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.headName").value("Please enter the name of the head of household."));
    }

    @Test
    void aValidHouseholdIsStoredCleanAndAudited() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Bùi  Thị Hoa", java.text.Normalizer.Form.NFD);
        mvc.perform(post("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"areaCode\":\"14677-001\",\"headName\":\"" + decomposed + "\",\"headGender\":\"nu\",\"members\":2,\"movedIn\":\"01/04/2026\"}")
                        .with(Users.areaHead()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.headName").value("Bùi Thị Hoa"))
                .andExpect(jsonPath("$.headGender").value("FEMALE"))
                .andExpect(jsonPath("$.residences[0].areaCode").value("14677-001"));
        assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE entity_type = 'Household' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .query(String.class).single()).contains("Bùi Thị Hoa").contains("01/04/2026");
    }

    @Test
    void readsOfHouseholdRecordsAndListsAreLoggedAsPersonalDataReads() throws Exception {
        long id = jdbc.sql("SELECT MIN(household_id) FROM household_residence WHERE area_code = '14677-001' AND valid_to IS NULL")
                .query(Long.class).single();
        long before = count("SELECT COUNT(*) FROM data_access_log");
        mvc.perform(get("/households/" + id).with(Users.areaHead())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/households").param("unit", "14677").with(Users.dinhHoaOfficer())).andExpect(status().isOk());
        mvc.perform(get("/households/export.xlsx").param("unit", "14677").param("asOf", "15/10/2016").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT username || ' ' || entity_type || ' ' || entity_id FROM data_access_log ORDER BY id DESC FETCH FIRST 3 ROWS ONLY")
                .query(String.class).list())
                .containsExactly("xa.dinhhoa HouseholdList 14677@2016-10-15",
                        "xa.dinhhoa HouseholdList 14677@" + java.time.LocalDate.now(),
                        "thon.dinhhoa Household " + id);
        assertThat(count("SELECT COUNT(*) FROM data_access_log")).isEqualTo(before + 3);
        mvc.perform(get("/households").param("unit", "14677").with(Users.dinhHoaOfficer())).andExpect(status().isOk());
    }
}
