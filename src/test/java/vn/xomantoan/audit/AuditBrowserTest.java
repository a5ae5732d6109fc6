package vn.xomantoan.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditBrowserTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    void insertEvent(LocalDateTime at, String type, String summary) {
        jdbc.sql("""
                        INSERT INTO audit_event (occurred_at, username, action, entity_type, entity_id, summary)
                        VALUES (:at, 'tester', 'UPDATE', :type, '1', :summary)""")
                .param("at", at).param("type", type).param("summary", summary).update();
    }

    @Test
    @Transactional
    void eventsArePagedFiftyAtATimeNewestFirst() throws Exception {
        String type = unique("TestPaging");
        LocalDateTime start = LocalDateTime.of(2024, 3, 1, 8, 0);
        for (int i = 1; i <= 120; i++) {
            insertEvent(start.plusMinutes(i), type, "Sự kiện số " + i + " ");
        }
        mvc.perform(get("/audit").param("entityType", type).with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trang 1/3 · 120 bản ghi")))
                .andExpect(content().string(containsString("Sự kiện số 120 ")))
                .andExpect(content().string(containsString("Sự kiện số 71 ")))
                .andExpect(content().string(not(containsString("Sự kiện số 70 "))))
                .andExpect(content().string(containsString("01/03/2024 10:00")))
                .andExpect(content().string(containsString("page=3")));
        mvc.perform(get("/audit").param("entityType", type).param("page", "3").with(Users.admin()))
                .andExpect(content().string(containsString("Trang 3/3 · 120 bản ghi")))
                .andExpect(content().string(containsString("Sự kiện số 1 ")))
                .andExpect(content().string(not(containsString("Sự kiện số 21 "))));
    }

    @Test
    @Transactional
    void filtersByDateRangeActionTextAndUser() throws Exception {
        String type = unique("TestFilter");
        insertEvent(LocalDateTime.of(2024, 5, 10, 9, 30), type, "Cập nhật HỘ GIA ĐÌNH ông An");
        insertEvent(LocalDateTime.of(2024, 5, 12, 23, 59), type, "Sửa đơn vị thôn Bắc");
        insertEvent(LocalDateTime.of(2024, 5, 13, 0, 0), type, "Sửa 100% dữ liệu");

        mvc.perform(get("/audit").param("entityType", type).param("from", "11/05/2024").param("to", "12/05/2024")
                        .with(Users.admin()))
                .andExpect(content().string(containsString("Trang 1/1 · 1 bản ghi")))
                .andExpect(content().string(containsString("Sửa đơn vị thôn Bắc")))
                .andExpect(content().string(containsString("value=\"11/05/2024\"")));
        mvc.perform(get("/audit").param("entityType", type).param("q", "hộ gia đình").with(Users.admin()))
                .andExpect(content().string(containsString("Cập nhật HỘ GIA ĐÌNH ông An")))
                .andExpect(content().string(containsString("· 1 bản ghi")));
        mvc.perform(get("/audit").param("entityType", type).param("q", "100%").with(Users.admin()))
                .andExpect(content().string(containsString("· 1 bản ghi")));
        mvc.perform(get("/audit").param("entityType", type).param("action", "CREATE").with(Users.admin()))
                .andExpect(content().string(containsString("· 0 bản ghi")));
        mvc.perform(get("/audit").param("entityType", type).param("action", "UPDATE").param("username", "TEST")
                        .with(Users.admin()))
                .andExpect(content().string(containsString("· 3 bản ghi")))
                .andExpect(content().string(containsString("<option value=\"UPDATE\" selected=\"selected\">Sửa</option>")));
        mvc.perform(get("/audit").param("entityType", type).param("from", "31/02/2024").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày &quot;31/02/2024&quot; không hợp lệ")))
                .andExpect(content().string(containsString("aria-describedby=\"f-from-error\"")));
    }

    @Test
    @Transactional
    void theDetailShowsBeforeAndAfterSideBySide() throws Exception {
        String type = unique("TestDetail");
        audit.record(AuditAction.UPDATE, type, 42, "Sửa bản ghi thử",
                Map.of("name", "Thôn Cũ", "size", 10), Map.of("name", "Thôn Mới", "size", 10));
        long id = jdbc.sql("SELECT id FROM audit_event WHERE entity_type = :t").param("t", type).query(Long.class).single();
        mvc.perform(get("/audit/" + id).with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sửa bản ghi thử")))
                .andExpect(content().string(containsString("Trước khi thay đổi")))
                .andExpect(content().string(containsString("&quot;name&quot; : &quot;Thôn Cũ&quot;")))
                .andExpect(content().string(containsString("&quot;name&quot; : &quot;Thôn Mới&quot;")))
                .andExpect(content().string(containsString("<code>name</code>")))
                .andExpect(content().string(not(containsString("<code>size</code>"))));
        mvc.perform(get("/audit/999999999").with(Users.admin())).andExpect(status().isNotFound());
    }

    @Test
    @Transactional
    void personalDataReadsAreListedOnTheirOwnTab() throws Exception {
        String purpose = unique("Kiểm tra hồ sơ ");
        audit.recordRead("TestHousehold", 7, purpose);
        mvc.perform(get("/audit/reads").param("q", purpose.toUpperCase()).with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(purpose)))
                .andExpect(content().string(containsString("· 1 bản ghi")));
        mvc.perform(get("/audit/reads").param("q", purpose).param("from", LocalDate.now().plusDays(1).toString())
                        .with(Users.admin()))
                .andExpect(content().string(containsString("· 0 bản ghi")));
    }
}
