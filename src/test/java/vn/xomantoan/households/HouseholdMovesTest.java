package vn.xomantoan.households;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A household moves between areas and away; where it lived on any date follows its residence history. */
@IntegrationTest
@Transactional
class HouseholdMovesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HouseholdApi api;

    private long register(String area, String name, String movedIn) throws Exception {
        String body = """
                {"areaCode":"%s","headName":"%s","headGender":"Nữ","houseNo":"Số 7","street":"Đường trục thôn",
                 "members":4,"phone":"0912 345 678","movedIn":"%s"}""".formatted(area, name, movedIn);
        String location = mvc.perform(post("/api/v1/households").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long listed(String area, String asOf, String q) throws Exception {
        String json = mvc.perform(get("/api/v1/households").param("area", area).param("asOf", asOf).param("q", q)
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(json.replaceAll(".*\"total\":(\\d+).*", "$1"));
    }

    @Test
    void aMoveClosesTheOldResidenceOnTheDayBeforeAndKeepsTheHistory() throws Exception {
        long id = register("14677-001", "Trần Thị Dịch Chuyển", "15/03/2020");

        mvc.perform(post("/households/" + id + "/move").param("areaCode", "14677-002").param("date", "01/06/2024")
                        .param("rowVersion", "0").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(redirectedUrl("/households/" + id));

        assertThat(listed("14677-001", "31/05/2024", "tran thi dich chuyen")).isEqualTo(1);
        assertThat(listed("14677-002", "31/05/2024", "tran thi dich chuyen")).isZero();
        assertThat(listed("14677-001", "01/06/2024", "tran thi dich chuyen")).isZero();
        assertThat(listed("14677-002", "2024-06-01", "dich chuyen")).isEqualTo(1);
        assertThat(listed("14677-001", "14/03/2020", "dich chuyen")).isZero();

        List<ResidenceView> history = api.residences(id, UnitScope.EVERYTHING);
        assertThat(history).extracting(ResidenceView::areaCode).containsExactly("14677-001", "14677-002");
        assertThat(history.get(0).validFrom()).isEqualTo(LocalDate.of(2020, 3, 15));
        assertThat(history.get(0).validTo()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(history.get(1).validFrom()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(history.get(1).validTo()).isNull();

        String page = mvc.perform(get("/households/" + id).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Lịch sử nơi cư trú").contains("31/05/2024").contains("01/06/2024").contains("14677-002");
        assertThat(api.residentsOf("14677-002", LocalDate.of(2024, 6, 2), UnitScope.EVERYTHING))
                .extracting(HouseholdView::id).contains(id);
    }

    @Test
    void closingEndsTheResidenceAndAStaleFormIsRefused() throws Exception {
        long id = register("14677-001", "Lê Văn Rời Đi", "2019-01-10");

        mvc.perform(post("/households/" + id + "/edit").param("headName", "Lê Văn Rời Đi").param("headGender", "MALE")
                        .param("members", "5").param("rowVersion", "0").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(redirectedUrl("/households/" + id));
        String stale = mvc.perform(post("/households/" + id + "/close").param("movedOut", "01/02/2025").param("rowVersion", "0")
                        .with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("vừa được người khác thay đổi");

        String tooEarly = mvc.perform(post("/households/" + id + "/close").param("movedOut", "01/01/2019").param("rowVersion", "1")
                        .with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tooEarly).contains("field-error").contains("10/01/2019");

        mvc.perform(post("/households/" + id + "/close").param("movedOut", "01/02/2025").param("rowVersion", "1")
                        .with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(redirectedUrl("/households/" + id));
        assertThat(listed("14677-001", "01/02/2025", "roi di")).isEqualTo(1);
        assertThat(listed("14677-001", "02/02/2025", "roi di")).isZero();
        mvc.perform(get("/api/v1/households/" + id).with(Users.dinhHoaOfficer()))
                .andExpect(jsonPath("$.movedOut").value("2025-02-01"))
                .andExpect(jsonPath("$.members").value(5))
                .andExpect(jsonPath("$.residences[0].validTo").value("2025-02-01"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Household' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void theListOfACommuneOnADateIsTheSubtreeOfThatDate() throws Exception {
        String json = mvc.perform(get("/api/v1/households").param("unit", "14683").param("asOf", "15/10/2016")
                        .param("size", "1").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long kimTan2016 = Long.parseLong(json.replaceAll(".*\"total\":(\\d+).*", "$1"));
        long expected = jdbc.sql("""
                        SELECT COUNT(*) FROM household_residence WHERE area_code LIKE '14683-%'
                          AND valid_from <= DATE '2016-10-15' AND (valid_to IS NULL OR valid_to >= DATE '2016-10-15')""")
                .query(Long.class).single();
        assertThat(kimTan2016).isEqualTo(expected).isPositive();
        // Kim Tân's areas kept their codes inside Định Hóa after 01/07/2025.
        mvc.perform(get("/api/v1/households").param("unit", "14677").param("area", "14683-001").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].areaCode").value("14683-001"));
    }
}
