package vn.xomantoan.incidents;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two officers open the same incident from the same version. The first save wins; the second gets a
 * clear Vietnamese message, keeps everything they typed, sees the stored version, and nothing of the
 * first save is overwritten until they deliberately save again.
 */
@IntegrationTest
@Transactional
class IncidentConcurrentEditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String summary(long id) {
        return jdbc.sql("SELECT summary FROM incident WHERE id = :id").param("id", id).query(String.class).single();
    }

    private long updates(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Incident' AND entity_id = :id AND action = 'UPDATE'")
                .param("id", String.valueOf(id)).query(Long.class).single();
    }

    /** The row version the edit form was opened with (its hidden field). */
    private String openedVersion(long id, RequestPostProcessor user) throws Exception {
        String html = mvc.perform(get("/incidents/" + id + "/edit").with(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("name=\"rowVersion\" value=\"(\\d+)\"|value=\"(\\d+)\"[^>]*name=\"rowVersion\"").matcher(html);
        assertThat(m.find()).as("the form carries the version it was opened with").isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private MockHttpServletRequestBuilder save(long id, long placeId, String version, String summary, String status) {
        return post("/incidents/" + id + "/edit").param("rowVersion", version).param("occurredOn", "15/03/2026")
                .param("placeId", String.valueOf(placeId)).param("category", "DISPUTE").param("status", status)
                .param("victims", "0").param("personsInvolved", "2").param("summary", summary).with(csrf());
    }

    @Test
    void theSecondSaveFromAnOldVersionIsRefusedClearlyAndLosesNothing() throws Exception {
        String created = mvc.perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON).content("""
                        {"occurredOn":"15/03/2026","placeCode":"14677-001","category":"DISPUTE","summary":"Tranh chấp ranh giới đất"}""")
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("\\D", ""));
        long placeId = jdbc.sql("SELECT unit_id FROM incident WHERE id = :id").param("id", id).query(Long.class).single();

        String communeOpened = openedVersion(id, Users.dinhHoaOfficer());
        String provinceOpened = openedVersion(id, Users.provinceOfficer());
        assertThat(provinceOpened).isEqualTo(communeOpened);

        mvc.perform(save(id, placeId, communeOpened, "Tranh chấp ranh giới đất, đã hòa giải tại thôn", "VERIFIED")
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().is3xxRedirection());
        assertThat(updates(id)).isEqualTo(1);

        String page = HtmlUtils.htmlUnescape(mvc.perform(save(id, placeId, provinceOpened,
                        "Tranh chấp đất giữa hai hộ, chuyển Ủy ban xã giải quyết", "REPORTED").with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page).contains("vừa được người khác sửa sau khi bạn mở biểu mẫu", "thay đổi của bạn chưa được lưu")
                // What the second officer typed is still in the form...
                .contains(">Tranh chấp đất giữa hai hộ, chuyển Ủy ban xã giải quyết</textarea>")
                // ...and the stored version is shown beside it.
                .contains("id=\"current-version\"", "đã hòa giải tại thôn");
        assertThat(summary(id)).isEqualTo("Tranh chấp ranh giới đất, đã hòa giải tại thôn");
        assertThat(jdbc.sql("SELECT status FROM incident WHERE id = :id").param("id", id).query(String.class).single()).isEqualTo("VERIFIED");
        assertThat(updates(id)).isEqualTo(1);

        // Having seen the stored version, saving again is a deliberate choice and goes through.
        Matcher m = Pattern.compile("name=\"rowVersion\" value=\"(\\d+)\"|value=\"(\\d+)\"[^>]*name=\"rowVersion\"").matcher(page);
        assertThat(m.find()).isTrue();
        String refreshed = m.group(1) != null ? m.group(1) : m.group(2);
        assertThat(refreshed).isNotEqualTo(provinceOpened);
        mvc.perform(save(id, placeId, refreshed, "Tranh chấp đất giữa hai hộ, chuyển Ủy ban xã giải quyết", "REPORTED")
                        .with(Users.provinceOfficer()))
                .andExpect(status().is3xxRedirection());
        assertThat(summary(id)).isEqualTo("Tranh chấp đất giữa hai hộ, chuyển Ủy ban xã giải quyết");
        assertThat(updates(id)).isEqualTo(2);
    }
}
