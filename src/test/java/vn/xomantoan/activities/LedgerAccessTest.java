package vn.xomantoan.activities;

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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every ledger page and call filters by the caller's scope; outside it is 404, LEADER writes are 403. */
@IntegrationTest
@Transactional
class LedgerAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private long activityOf(String communeCode) {
        return jdbc.sql("SELECT MIN(a.id) FROM activity a JOIN unit_version u ON u.id = a.unit_id WHERE u.code = :c")
                .param("c", communeCode).query(Long.class).single();
    }

    static String session(String organiser, String place) {
        return """
                {"type":"PROPAGANDA_SESSION","heldOn":"%s","organiserCode":"%s","placeCode":%s,"title":"Tuyên truyền tại giáo xứ",
                 "participants":80,"women":35}""".formatted(LocalDate.now().minusDays(1), organiser, place == null ? "null" : "\"" + place + "\"");
    }

    @Test
    void aCommuneOfficerGetsNotFoundForAnotherCommunesRecords() throws Exception {
        long phatDiem = activityOf("14620");
        mvc.perform(get("/activities/" + phatDiem).with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/activities/" + phatDiem).with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/activities/" + phatDiem + "/attachments").with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        for (String list : new String[]{"/api/v1/activities", "/api/v1/publications", "/api/v1/media-items", "/api/v1/documents",
                "/api/v1/programmes", "/api/v1/contributions", "/api/v1/models", "/api/v1/exemplars", "/api/v1/rewards",
                "/activities", "/activities/media-items", "/documents", "/honours", "/honours/rewards", "/activities/export.xlsx"}) {
            mvc.perform(get(list + "?unit=14620").with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/activities?groupBy=child").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Phát Diệm"))));
    }

    @Test
    void writesOutsideTheScopeStoreNothing() throws Exception {
        long before = count("activity");
        mvc.perform(post("/api/v1/activities").contentType(MediaType.APPLICATION_JSON).content(session("14620", null))
                .with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/rewards").contentType(MediaType.APPLICATION_JSON).content("""
                {"decisionNumber":"1/QĐ-UBND","decidedOn":"01/03/2024","authority":"UBND xã","level":"COMMUNE",
                 "form":"LETTER_OF_COMMENDATION","recipientKind":"COLLECTIVE","unitCode":"14620"}""").with(Users.dinhHoaOfficer()))
                .andExpect(status().isNotFound());
        assertThat(count("activity")).isEqualTo(before);
    }

    @Test
    void leadersReadButCannotWrite() throws Exception {
        long before = count("activity");
        mvc.perform(get("/api/v1/activities?unit=37&from=01/05/2015&to=31/10/2016&groupBy=type").with(Users.leader()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total.count").value(188));
        mvc.perform(post("/api/v1/activities").contentType(MediaType.APPLICATION_JSON).content(session("14677", null))
                .with(Users.leader())).andExpect(status().isForbidden());
        mvc.perform(get("/activities/new").with(Users.leader())).andExpect(status().isForbidden());
        mvc.perform(post("/activities/new").param("type", "PROPAGANDA_SESSION").param("title", "x").with(csrf()).with(Users.leader()))
                .andExpect(status().isForbidden());
        for (String api : new String[]{"/api/v1/documents", "/api/v1/publications", "/api/v1/media-items", "/api/v1/programmes",
                "/api/v1/contributions", "/api/v1/models", "/api/v1/exemplars", "/api/v1/rewards"}) {
            mvc.perform(post(api).contentType(MediaType.APPLICATION_JSON).content("{}").with(Users.leader())).andExpect(status().isForbidden());
        }
        assertThat(count("activity")).isEqualTo(before);
    }

    @Test
    void anAreaHeadRecordsInTheirAreaOnly() throws Exception {
        mvc.perform(post("/api/v1/activities").contentType(MediaType.APPLICATION_JSON).content(session("14677-001", null))
                .with(Users.areaHead())).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/activities").contentType(MediaType.APPLICATION_JSON).content(session("14677-002", null))
                .with(Users.areaHead())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/rewards").contentType(MediaType.APPLICATION_JSON).content("{}").with(Users.areaHead()))
                .andExpect(status().isForbidden());
    }
}
