package vn.xomantoan.activities;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An activity is corrected on the web form: the form's fields change, what only the API records
 * (key people of other roles, invited units, programmes, attendees) stays, the change is audited, and a
 * stale form or a bad number changes nothing. Rolls back.
 */
@IntegrationTest
@Transactional
class ActivityEditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFormChangesItsFieldsAndKeepsTheRest() throws Exception {
        String programme = mvc.perform(post("/api/v1/programmes").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Giáo xứ bình yên","kind":"PEACEFUL_PARISH","unitCode":"14620","startedOn":"01/03/2024"}""")
                        .with(Users.phatDiemOfficer()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long programmeId = Long.parseLong(programme.replaceAll("\\D", ""));
        long attendee = jdbc.sql("SELECT MIN(id) FROM key_person WHERE unit_code LIKE '14620-%'").query(Long.class).single();
        String created = mvc.perform(post("/api/v1/activities").contentType(MediaType.APPLICATION_JSON).content("""
                        {"type":"PROPAGANDA_SESSION","heldOn":"%s","organiserCode":"14620","title":"Tuyên truyền phòng chống ma túy",
                         "participants":40,"women":20,"keyPeople":{"AREA_HEAD":2,"POLICE_OFFICER":1},"invitedUnitCodes":["14620-001"],
                         "programmeIds":[%d],"attendeeKeyPersonIds":[%d]}""".formatted(LedgerRulesTest.YESTERDAY, programmeId, attendee))
                        .with(Users.phatDiemOfficer()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("\\D", ""));

        String form = HtmlUtils.htmlUnescape(mvc.perform(get("/activities/" + id + "/edit").with(Users.phatDiemOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(form).contains("Sửa hoạt động", "value=\"Tuyên truyền phòng chống ma túy\"", "name=\"rowVersion\" value=\"0\"",
                "action=\"/activities/" + id + "/edit\"");
        assertThat(form).as("Hủy goes back to the activity").contains("href=\"/activities/" + id + "\"");

        mvc.perform(edit(id, 0, "40").param("title", "Tuyên truyền phòng, chống ma túy tại Xóm 1"))
                .andExpect(redirectedUrl("/activities/" + id));
        assertThat(jdbc.sql("SELECT title FROM activity WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Tuyên truyền phòng, chống ma túy tại Xóm 1");
        assertThat(keyPeople(id, "AREA_HEAD")).isEqualTo(3);
        assertThat(keyPeople(id, "POLICE_OFFICER")).as("a role the form does not show").isEqualTo(1);
        assertThat(rows("activity_invited_unit", id)).isEqualTo(1);
        assertThat(rows("activity_programme", id)).isEqualTo(1);
        assertThat(rows("activity_attendee", id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Activity' AND entity_id = :id AND action = 'UPDATE'")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        // A form opened before that change, or a number typed in words, is refused with the reason and stores nothing.
        String stale = HtmlUtils.htmlUnescape(mvc.perform(edit(id, 0, "40").param("title", "Bản cũ"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(stale).contains("vừa được người khác thay đổi");
        String words = HtmlUtils.htmlUnescape(mvc.perform(edit(id, 1, "bốn mươi").param("title", "Số chữ"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(words).contains("id=\"form-errors\"", "bốn mươi");
        assertThat(jdbc.sql("SELECT title FROM activity WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Tuyên truyền phòng, chống ma túy tại Xóm 1");

        // A leader reads but does not edit; an officer of another commune does not see it.
        mvc.perform(get("/activities/" + id + "/edit").with(Users.leader())).andExpect(status().isForbidden());
        mvc.perform(get("/activities/" + id + "/edit").with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder edit(long id, long rowVersion, String participants) {
        return post("/activities/" + id + "/edit").param("type", "PROPAGANDA_SESSION").param("heldOn", LedgerRulesTest.YESTERDAY)
                .param("organiser", "14620").param("participants", participants).param("women", "20").param("areaHeads", "3")
                .param("rowVersion", String.valueOf(rowVersion)).with(Users.phatDiemOfficer()).with(csrf());
    }

    private int keyPeople(long id, String role) {
        return jdbc.sql("SELECT people FROM activity_key_people WHERE activity_id = :id AND role = :r").param("id", id).param("r", role)
                .query(Integer.class).single();
    }

    private long rows(String table, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE activity_id = :id").param("id", id).query(Long.class).single();
    }
}
