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
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Another commune's households do not exist for a commune officer; an area head works only in their own area. */
@IntegrationTest
class HouseholdAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long householdIn(String areaPrefix) {
        return jdbc.sql("SELECT MIN(household_id) FROM household_residence WHERE area_code LIKE :p AND valid_to IS NULL")
                .param("p", areaPrefix + "%").query(Long.class).single();
    }

    private long households() {
        return jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single();
    }

    @Test
    void anotherCommunesHouseholdAnswersNotFoundInPagesAndApi() throws Exception {
        long phatDiem = householdIn("14620-");
        for (String url : new String[]{"/households/" + phatDiem, "/households/" + phatDiem + "/edit",
                "/households/" + phatDiem + "/move", "/households/" + phatDiem + "/close", "/api/v1/households/" + phatDiem,
                "/households?unit=14620", "/api/v1/households?unit=14620", "/api/v1/households?area=14620-001",
                "/households/export.xlsx?unit=14620", "/key-people?unit=14620", "/api/v1/key-people?unit=14620"}) {
            mvc.perform(get(url).with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        }
        mvc.perform(get("/households/" + phatDiem).with(Users.phatDiemOfficer())).andExpect(status().isOk());
        mvc.perform(post("/households/" + phatDiem + "/close").param("movedOut", "01/01/2025").param("rowVersion", "0")
                .with(csrf()).with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/households/" + phatDiem).with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT moved_out FROM household WHERE id = :id").param("id", phatDiem).query(String.class).optional())
                .isEmpty();
    }

    @Test
    void aCommuneOfficersDefaultListIsTheirCommune() throws Exception {
        mvc.perform(get("/api/v1/households").param("size", "50").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].areaCode", everyItem(startsWith("146"))));
        mvc.perform(get("/households").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Xã Định Hóa")));
    }

    @Test
    void areasOfTheSameNameFromMergedCommunesAreToldApartByTheirCode() throws Exception {
        // Xã Định Hóa took in Kim Tân and Văn Hải in 2025: each brought its own "Xóm 1".
        for (String page : new String[]{"/households", "/key-people"}) {
            mvc.perform(get(page).param("unit", "14677").with(Users.dinhHoaOfficer()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(">Xóm 1 (14677-001)</a>")))
                    .andExpect(content().string(containsString(">Xóm 1 (14683-001)</a>")))
                    .andExpect(content().string(containsString(">Xóm 1 (14680-001)</a>")))
                    .andExpect(content().string(not(containsString(">Xóm 1</a>"))));
        }
        // So does the area column of the commune's household table.
        mvc.perform(get("/households").param("unit", "14677").with(Users.dinhHoaOfficer()))
                .andExpect(content().string(matchesPattern("(?s).*title=\"146\\d\\d-0\\d\\d\">Xóm \\d+ \\(146\\d\\d-0\\d\\d\\)</td>.*")));
        // A province's list names each area with its commune: most communes have a "Xóm 1".
        mvc.perform(get("/households").with(Users.provinceOfficer()))
                .andExpect(content().string(matchesPattern("(?s).*title=\"\\d{5}-\\d{3}\">[^<,]+, (Xã|Phường) [^<]+</td>.*")))
                .andExpect(content().string(not(matchesPattern("(?s).*title=\"\\d{5}-\\d{3}\">(Xóm|Thôn|Tổ dân phố) \\d+</td>.*"))));
    }

    @Test
    @Transactional
    void anAreaHeadAddsInTheirAreaButNowhereElse() throws Exception {
        long before = households();
        mvc.perform(post("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"areaCode\":\"14677-002\",\"headName\":\"Ngô Văn Ngoài\",\"headGender\":\"MALE\",\"members\":3,\"movedIn\":\"2020-01-01\"}")
                        .with(Users.areaHead()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.areaCode", containsString("14677-002")));
        String page = mvc.perform(post("/households/new").param("unit", "14677-001").param("areaCode", "14677-002")
                        .param("headName", "Ngô Văn Ngoài").param("headGender", "MALE").param("members", "3")
                        .param("movedIn", "01/01/2020").with(csrf()).with(Users.areaHead()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"areaCode-error\"").contains("trong phạm vi quản lý của bạn").contains("value=\"Ng&ocirc; Văn Ngo&agrave;i\"");
        mvc.perform(get("/households/new").param("unit", "14677").with(Users.areaHead())).andExpect(status().isNotFound());
        assertThat(households()).isEqualTo(before);

        mvc.perform(post("/households/new").param("unit", "14677-001").param("areaCode", "14677-001")
                        .param("headName", "Ngô Văn Trong").param("headGender", "MALE").param("members", "3")
                        .param("movedIn", "01/01/2020").with(csrf()).with(Users.areaHead()))
                .andExpect(status().is3xxRedirection());
        assertThat(households()).isEqualTo(before + 1);
    }

    @Test
    void leadersReadButDoNotWrite() throws Exception {
        long before = households();
        mvc.perform(get("/households").param("unit", "14677").with(Users.leader())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/households").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"areaCode\":\"14677-001\",\"headName\":\"Đinh Văn Đọc\",\"headGender\":\"MALE\",\"members\":3,\"movedIn\":\"2020-01-01\"}")
                        .with(Users.leader()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/households/new").param("unit", "14677").with(Users.leader())).andExpect(status().isForbidden());
        mvc.perform(post("/key-people/new").param("unit", "14677").param("unitCode", "14677").param("fullName", "X")
                .with(csrf()).with(Users.areaHead())).andExpect(status().isForbidden());
        assertThat(households()).isEqualTo(before);
    }
}
