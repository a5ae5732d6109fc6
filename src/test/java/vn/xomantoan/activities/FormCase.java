package vn.xomantoan.activities;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.xomantoan.support.Users;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One record type's web form, exercised the way users meet it: a valid save (stored, audited, shown
 * in its list), a correction, a save from a stale version, an invalid save (message next to the
 * field, what was typed kept, nothing stored), another commune's officer (404) and a leader (403).
 */
public record FormCase(String base, String table, String entity, Map<String, String> valid, String changedField,
                       String changedValue, Map<String, String> invalid, String errorField, String message) {

    public static Map<String, String> params(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static MockHttpServletRequestBuilder form(String url, Map<String, String> params) {
        MockHttpServletRequestBuilder b = post(url).with(csrf());
        params.forEach(b::param);
        return b;
    }

    private long count(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private long audits(JdbcClient jdbc, long id, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = :t AND entity_id = :id AND action = :a")
                .param("t", entity).param("id", String.valueOf(id)).param("a", action).query(Long.class).single();
    }

    /** Runs every check; returns the id of the record saved by Định Hóa's officer. */
    public long check(MockMvc mvc, JdbcClient jdbc) throws Exception {
        long before = count(jdbc);
        // A valid save by Định Hóa's commune officer.
        String location = mvc.perform(form(base + "/new", valid).with(Users.dinhHoaOfficer()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(count(jdbc)).as(base + ": one record stored").isEqualTo(before + 1);
        long id = jdbc.sql("SELECT MAX(id) FROM " + table).query(Long.class).single();
        assertThat(audits(jdbc, id, "CREATE")).as(base + ": creation audited").isEqualTo(1);
        assertThat(location).isNotNull();
        String list = HtmlUtils.htmlUnescape(mvc.perform(get(location).with(Users.dinhHoaOfficer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(list).as(base + ": the saved record is shown").contains(valid.get(changedField));

        // The edit form shows the stored values; a correction is saved and audited.
        String edit = HtmlUtils.htmlUnescape(mvc.perform(get(base + "/" + id + "/edit").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String shown = valid.get(changedField);
        assertThat(edit).as(base + ": edit form filled").contains(shown);
        Map<String, String> corrected = new LinkedHashMap<>(valid);
        corrected.put(changedField, changedValue);
        corrected.put("rowVersion", "0");
        mvc.perform(form(base + "/" + id + "/edit", corrected).with(Users.dinhHoaOfficer())).andExpect(status().is3xxRedirection());
        assertThat(audits(jdbc, id, "UPDATE")).as(base + ": correction audited").isEqualTo(1);
        assertThat(HtmlUtils.htmlUnescape(mvc.perform(get(base + "/" + id + "/edit").with(Users.dinhHoaOfficer()))
                .andReturn().getResponse().getContentAsString())).contains(changedValue);

        // A second save from the version the first one started from: refused, nothing lost.
        Map<String, String> stale = new LinkedHashMap<>(valid);
        stale.put("rowVersion", "0");
        String conflict = HtmlUtils.htmlUnescape(mvc.perform(form(base + "/" + id + "/edit", stale).with(Users.provinceOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(conflict).contains("vừa được người khác sửa sau khi bạn mở biểu mẫu").contains(shown);
        assertThat(audits(jdbc, id, "UPDATE")).isEqualTo(1);

        // An invalid save: the message next to its field, what was typed kept, nothing stored.
        long afterValid = count(jdbc);
        String page = HtmlUtils.htmlUnescape(mvc.perform(form(base + "/new", invalid).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).as(base + ": message next to " + errorField)
                .containsPattern("id=\"" + java.util.regex.Pattern.quote(errorField) + "-error\" class=\"field-error\">[^<]*"
                        + java.util.regex.Pattern.quote(message));
        String typed = invalid.values().stream().filter(v -> v.length() > 6).findFirst().orElse("");
        assertThat(page).contains(typed);
        assertThat(count(jdbc)).as(base + ": nothing stored").isEqualTo(afterValid);

        // Another commune's officer does not see it; a leader cannot write.
        mvc.perform(get(base + "/" + id + "/edit").with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        mvc.perform(form(base + "/" + id + "/edit", corrected).with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        mvc.perform(get(base + "/new").with(Users.leader())).andExpect(status().isForbidden());
        mvc.perform(form(base + "/new", valid).with(Users.leader())).andExpect(status().isForbidden());
        assertThat(count(jdbc)).isEqualTo(afterValid);
        assertThat(audits(jdbc, id, "UPDATE")).isEqualTo(1);
        return id;
    }
}
