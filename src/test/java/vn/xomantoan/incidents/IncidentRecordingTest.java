package vn.xomantoan.incidents;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Recording incidents: class derivation, bad input that stores nothing, roles, scope and read logging. */
@IntegrationTest
@Transactional
class IncidentRecordingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long incidents() {
        return jdbc.sql("SELECT COUNT(*) FROM incident").query(Long.class).single();
    }

    private long areaId(String code, LocalDate date) {
        return jdbc.sql("SELECT id FROM unit_version WHERE code = :c AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)")
                .param("c", code).param("d", date).query(Long.class).single();
    }

    private long reads(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM data_access_log WHERE entity_type = 'Incident' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single();
    }

    private String json(String date, String place, String category, String sub, String extra) {
        return """
                {"occurredOn":"%s","placeCode":"%s","category":"%s","subcategory":%s,"summary":"Trộm cắp xe máy tại nhà văn hóa"%s}"""
                .formatted(date, place, category, sub == null ? "null" : "\"" + sub + "\"", extra);
    }

    @Test
    void theCrimeClassIsDerivedFromArticleAndClauseOfTheCodeInForce() throws Exception {
        String body = mvc.perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
                        .content(json("15/03/2026", "14677-001", "CRIME", "CRIME_THEFT", ",\"penalArticle\":173,\"penalClause\":2"))
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("\\D", ""));
        assertThat(jdbc.sql("SELECT crime_class FROM incident WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("SERIOUS");
        assertThat(jdbc.sql("SELECT serious FROM incident WHERE id = :id").param("id", id).query(Boolean.class).single()).isTrue();
        // 2016: the 1999 Code applies (art. 138 theft, clause 1 up to 3 years).
        mvc.perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
                        .content(json("15/03/2016", "14683-002", "CRIME", "CRIME_THEFT", ",\"penalArticle\":138,\"penalClause\":1"))
                        .with(Users.provinceOfficer()))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("SELECT crime_class FROM incident WHERE place_code = '14683-002' AND occurred_on = DATE '2016-03-15' AND penal_article = 138")
                .query(String.class).single()).isEqualTo("LESS_SERIOUS");
        // The 2015 Code's article 173 did not exist in 2016.
        mvc.perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
                        .content(json("15/03/2016", "14683-002", "CRIME", "CRIME_THEFT", ",\"penalArticle\":173,\"penalClause\":1"))
                        .with(Users.provinceOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.penalArticle", containsString("Điều 173 khoản 1")));
        // A fire's seriousness follows its danger level.
        mvc.perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
                        .content(json("01/10/2026", "14677-001", "FIRE", "FIRE_HOUSE", ",\"grade\":\"FIRE_L3\""))
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isCreated());
    }

    @Test
    void badInputGetsAClearMessageAndStoresNothing() throws Exception {
        long before = incidents();
        mvc.perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
                        .content(json("15/03/2026", "14677-001", "UFO", null, "")).with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.category", containsString("không có trong danh mục")));
        // Kim Tân's area 14683-002 lies in Định Hóa since 01/07/2025; its 2024 version is under Xã Kim Tân.
        long oldVersion = areaId("14683-002", LocalDate.of(2024, 6, 1));
        mvc.perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"occurredOn":"2026-01-05","placeId":%d,"category":"DISPUTE","summary":"Tranh chấp đất"}""".formatted(oldVersion))
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.occurredOn", containsString("ngoài thời gian tồn tại")));
        mvc.perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
                        .content(json("15/03/2026", "14620-001", "DISPUTE", null, "")).with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.place", containsString("không thuộc địa bàn bạn quản lý")));
        mvc.perform(post("/incidents/new").param("occurredOn", "15/03/2026").param("placeId", String.valueOf(areaId("14620-001", LocalDate.now())))
                        .param("category", "DISPUTE").param("summary", "Tranh chấp").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"field-error\"")))
                .andExpect(content().string(containsString("không thuộc địa bàn bạn quản lý")))
                .andExpect(content().string(containsString("value=\"15/03/2026\"")));
        assertThat(incidents()).isEqualTo(before);
    }

    @Test
    void onlyPoliceRolesSeeIncidentsAndEveryReadIsLogged() throws Exception {
        long id = jdbc.sql("SELECT MIN(i.id) FROM incident i WHERE i.place_code LIKE '14620-%'").query(Long.class).single();
        for (String page : new String[]{"/incidents", "/incidents/" + id, "/incidents/stats", "/incidents/new",
                "/incidents/export.xlsx", "/api/v1/incidents", "/api/v1/incidents/" + id}) {
            mvc.perform(get(page).with(Users.areaHead())).andExpect(status().isForbidden());
            mvc.perform(get(page).with(Users.leader())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/incidents/" + id).with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/incidents/" + id).with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        long before = reads(id);
        mvc.perform(get("/incidents/" + id).with(Users.phatDiemOfficer())).andExpect(status().isOk())
                .andExpect(content().string(containsString("nhật ký truy cập")));
        mvc.perform(get("/api/v1/incidents/" + id).with(Users.provinceOfficer())).andExpect(status().isOk());
        assertThat(reads(id)).isEqualTo(before + 2);
        mvc.perform(get("/incidents").with(Users.leader())).andExpect(status().isForbidden());
        mvc.perform(get("/units").with(Users.leader())).andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/incidents\""))));
    }

    @Test
    void thePlacePickerFindsAreasOfTheOfficersCommuneWithoutDiacritics() throws Exception {
        mvc.perform(get("/incidents/places").param("placeQuery", "xom 1").param("occurredOn", "15/03/2026")
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xóm 1 – Xã Định Hóa")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Phát Diệm"))));
    }

    @Test
    void theListSearchesWithoutDiacriticsInsideTheScopeAndExports() throws Exception {
        mvc.perform(get("/incidents").param("q", "trom cap").param("from", "01/01/2016").param("to", "31/12/2016")
                        .with(Users.phatDiemOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trộm cắp tài sản")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Xã Định Hóa"))));
        byte[] xlsx = mvc.perform(get("/incidents/export.xlsx").param("from", "01/01/2016").param("to", "31/03/2016")
                        .with(Users.phatDiemOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Ngày xảy ra");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isPositive();
        }
    }
}
