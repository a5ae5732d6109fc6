package vn.xomantoan.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.identity.domain.AppUser;
import vn.xomantoan.identity.domain.AppUserRepository;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Account administration through the web forms. Write tests run in a transaction that rolls back;
 * MockMvc runs in the test's thread, so the requests see (and join) that transaction.
 */
@IntegrationTest
class UserAdminTest {

    static final String PASSWORD = "Matkhau123";

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserRepository users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;

    /** The demo administrator signed in with a session (not HTTP Basic), so CSRF applies as in a browser. */
    RequestPostProcessor adminSession() {
        return user(userDetails.loadUserByUsername("admin"));
    }

    static String uniqueUsername(String prefix) {
        return prefix + "." + Long.toString(System.nanoTime(), 36);
    }

    MockHttpServletRequestBuilder createRequest(String username, String fullName, String role, String unitCode,
                                                String password) {
        return post("/admin/users").with(adminSession()).with(csrf())
                .param("username", username).param("fullName", fullName).param("role", role)
                .param("homeUnitCode", unitCode).param("homeUnitAsOf", "").param("password", password);
    }

    long auditCount() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
    }

    @Test
    void theListShowsAccountsWithRoleLabelsAndHomeUnits() throws Exception {
        mvc.perform(get("/admin/users").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("xa.dinhhoa")))
                .andExpect(content().string(containsString("Cán bộ Công an xã")))
                .andExpect(content().string(containsString("Xã Định Hóa (14677)")))
                .andExpect(content().string(containsString("Quản trị hệ thống")));
        mvc.perform(get("/admin/users/new").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"homeUnitAsOf\"")))
                .andExpect(content().string(containsString("Trưởng thôn/tổ dân phố")));
    }

    @Test
    @Transactional
    void anAdminCreatesACommuneOfficerWhoThenSeesTheirCommuneOnly() throws Exception {
        String username = uniqueUsername("t.xa");
        mvc.perform(createRequest(username, "Lê Thị Kiểm Thử", "COMMUNE_OFFICER", "14677", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/users"));

        AppUser created = users.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.COMMUNE_OFFICER);
        assertThat(created.getFullName()).isEqualTo("Lê Thị Kiểm Thử");
        assertThat(created.getHomeUnitId()).isNotNull();

        mvc.perform(get("/api/v1/units/14677").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.name").value("Xã Định Hóa"));
        mvc.perform(get("/api/v1/units/14620").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isNotFound());

        mvc.perform(get("/admin/users").with(Users.admin()))
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(containsString("Lê Thị Kiểm Thử")));
    }

    @Test
    @Transactional
    void creatingAUserIsAuditedAndShownOnTheAuditTrail() throws Exception {
        String username = uniqueUsername("t.audit");
        mvc.perform(createRequest(username, "Phạm Văn Nhật Ký", "AREA_HEAD", "14677-001", PASSWORD))
                .andExpect(status().is3xxRedirection());
        AppUser created = users.findByUsernameIgnoreCase(username).orElseThrow();

        Long eventId = jdbc.sql("""
                        SELECT id FROM audit_event WHERE entity_type = 'AppUser' AND entity_id = :id AND action = 'CREATE'""")
                .param("id", created.getId().toString()).query(Long.class).single();

        mvc.perform(get("/audit").param("entityType", "AppUser").param("q", username).with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tạo tài khoản " + username)))
                .andExpect(content().string(containsString("/audit/" + eventId)));
        mvc.perform(get("/audit").param("entityType", "OrgUnit").param("q", username).with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Tạo tài khoản " + username))));
        mvc.perform(get("/audit/" + eventId).with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tạo mới")))
                .andExpect(content().string(containsString("&quot;username&quot; : &quot;" + username + "&quot;")))
                .andExpect(content().string(containsString("&quot;role&quot; : &quot;AREA_HEAD&quot;")));
    }

    @Test
    @Transactional
    void editingUnlockingAndResettingThePasswordAreAuditedAndProtectedAgainstLostUpdates() throws Exception {
        String username = uniqueUsername("t.edit");
        mvc.perform(createRequest(username, "Ngô Văn Sửa", "COMMUNE_OFFICER", "14677", PASSWORD))
                .andExpect(status().is3xxRedirection());
        AppUser created = users.findByUsernameIgnoreCase(username).orElseThrow();
        long id = created.getId();

        mvc.perform(get("/admin/users/" + id).with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã Định Hóa (14677)")))
                .andExpect(content().string(containsString("name=\"rowVersion\" value=\"0\"")));

        // Move the officer to the province level (a province officer) and rename.
        mvc.perform(post("/admin/users/" + id).with(adminSession()).with(csrf())
                        .param("rowVersion", "0").param("fullName", "Ngô Văn Đã Sửa").param("role", "PROVINCE_OFFICER")
                        .param("homeUnitCode", "37").param("homeUnitAsOf", "").param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        users.flush();
        AppUser updated = users.findById(id).orElseThrow();
        assertThat(updated.getFullName()).isEqualTo("Ngô Văn Đã Sửa");
        assertThat(updated.getRole()).isEqualTo(Role.PROVINCE_OFFICER);
        assertThat(updated.getRowVersion()).isEqualTo(1);

        // A second administrator still holding version 0 must not overwrite the change.
        mvc.perform(post("/admin/users/" + id).with(adminSession()).with(csrf())
                        .param("rowVersion", "0").param("fullName", "Bản cũ").param("role", "PROVINCE_OFFICER")
                        .param("homeUnitCode", "").param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bản ghi vừa được người khác thay đổi")));
        assertThat(users.findById(id).orElseThrow().getFullName()).isEqualTo("Ngô Văn Đã Sửa");

        mvc.perform(post("/admin/users/" + id + "/password").with(adminSession()).with(csrf())
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu phải có ít nhất 8 ký tự")))
                .andExpect(content().string(containsString("aria-describedby=\"new-password-error new-password-help\"")));
        mvc.perform(post("/admin/users/" + id + "/password").with(adminSession()).with(csrf())
                        .param("password", "MoiHon2025"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/units/37").with(httpBasic(username, "MoiHon2025")))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'AppUser' AND entity_id = :id ORDER BY id")
                .param("id", Long.toString(id)).query(String.class).list())
                .containsExactly("CREATE", "UPDATE", "PASSWORD_CHANGE");
    }

    @Test
    @Transactional
    void badInputIsExplainedInVietnameseNextToTheFieldsAndNothingIsStored() throws Exception {
        long usersBefore = users.count();
        long auditBefore = auditCount();
        String username = uniqueUsername("t.bad");

        mvc.perform(createRequest(username, "Nguyễn Văn Thử", "COMMUNE_OFFICER", "14677", "abc1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu phải có ít nhất 8 ký tự, gồm cả chữ và số.")))
                .andExpect(content().string(containsString("class=\"field-error\" id=\"password-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"password-error password-help\"")))
                // The form keeps what was typed (but never echoes the password).
                .andExpect(content().string(containsString("value=\"" + username + "\"")))
                .andExpect(content().string(containsString("value=\"Nguyễn Văn Thử\"")))
                .andExpect(content().string(containsString("value=\"14677\"")))
                .andExpect(content().string(not(containsString("value=\"abc1\""))));

        mvc.perform(createRequest(username, "Nguyễn Văn Thử", "COMMUNE_OFFICER", "99999", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không tìm thấy đơn vị có mã &quot;99999&quot; còn hiệu lực tại ngày")))
                .andExpect(content().string(containsString("id=\"homeUnitCode-error\"")));

        mvc.perform(createRequest(username, "Nguyễn Văn Thử", "COMMUNE_OFFICER", "37", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cán bộ Công an xã phải gắn với một đơn vị cấp xã")));

        mvc.perform(createRequest(username, "Nguyễn Văn Thử", "AREA_HEAD", "14677", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trưởng thôn/tổ dân phố phải gắn với một khu dân cư")));

        mvc.perform(createRequest(username, "Nguyễn Văn Thử", "PROVINCE_OFFICER", "", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vai trò này cần một đơn vị công tác")));

        mvc.perform(createRequest("xa.dinhhoa", "Nguyễn Văn Thử", "COMMUNE_OFFICER", "14677", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập &quot;xa.dinhhoa&quot; đã được sử dụng")));

        // Several problems at once are all shown.
        mvc.perform(createRequest("X", "", "", "99999", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập phải dài 3–64 ký tự")))
                .andExpect(content().string(containsString("Vui lòng nhập họ và tên.")))
                .andExpect(content().string(containsString("Vui lòng chọn vai trò.")))
                .andExpect(content().string(containsString("Không tìm thấy đơn vị có mã")))
                .andExpect(content().string(containsString("Mật khẩu phải có ít nhất 8 ký tự")));

        mvc.perform(post("/admin/users").with(adminSession()).with(csrf())
                        .param("username", username).param("fullName", "Nguyễn Văn Thử").param("role", "COMMUNE_OFFICER")
                        .param("homeUnitCode", "14677").param("homeUnitAsOf", "31/02/2025").param("password", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày &quot;31/02/2025&quot; không hợp lệ")));

        assertThat(users.findByUsernameIgnoreCase(username)).isEmpty();
        assertThat(users.count()).isEqualTo(usersBefore);
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    @Test
    @Transactional
    void aCodeIsReadOnTheDateGiven() throws Exception {
        // 14683 (Xã Kim Tân) ended on 30/06/2025: unknown today, known in 2016.
        String username = uniqueUsername("t.kimtan");
        mvc.perform(createRequest(username, "Đỗ Văn Cũ", "COMMUNE_OFFICER", "14683", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không tìm thấy đơn vị có mã &quot;14683&quot;")));
        mvc.perform(post("/admin/users").with(adminSession()).with(csrf())
                        .param("username", username).param("fullName", "Đỗ Văn Cũ").param("role", "COMMUNE_OFFICER")
                        .param("homeUnitCode", "14683").param("homeUnitAsOf", "15/10/2016").param("password", PASSWORD))
                .andExpect(status().is3xxRedirection());
        assertThat(users.findByUsernameIgnoreCase(username)).isPresent();
    }

    @Test
    void nonAdministratorsAreRefused() throws Exception {
        for (String url : new String[]{"/admin/users", "/admin/users/new", "/admin/users/1", "/audit", "/audit/reads", "/audit/1"}) {
            mvc.perform(get(url).with(Users.provinceOfficer())).andExpect(status().isForbidden());
            mvc.perform(get(url).with(Users.leader())).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/users").with(Users.dinhHoaOfficer())
                        .param("username", "t.never").param("fullName", "X").param("role", "ADMIN").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(users.findByUsernameIgnoreCase("t.never")).isEmpty();
    }

    @Test
    @Transactional
    void anAdministratorCannotLockThemselvesOut() throws Exception {
        AppUser admin = users.findByUsernameIgnoreCase("admin").orElseThrow();
        mvc.perform(post("/admin/users/" + admin.getId()).with(adminSession()).with(csrf())
                        .param("rowVersion", Long.toString(admin.getRowVersion())).param("fullName", "Quản trị")
                        .param("role", "PROVINCE_OFFICER").param("homeUnitCode", "37").param("homeUnitAsOf", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bạn không thể bỏ vai trò quản trị của chính mình")))
                .andExpect(content().string(containsString("Bạn không thể vô hiệu hóa tài khoản của chính mình")));
        AppUser after = users.findByUsernameIgnoreCase("admin").orElseThrow();
        assertThat(after.getRole()).isEqualTo(Role.ADMIN);
        assertThat(after.isEnabled()).isTrue();
    }

    @Test
    @Transactional
    void formPostsNeedTheCsrfToken() throws Exception {
        String username = uniqueUsername("t.csrf");
        mvc.perform(post("/admin/users").with(adminSession())
                        .param("username", username).param("fullName", "Không Token").param("role", "ADMIN")
                        .param("password", PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(users.findByUsernameIgnoreCase(username)).isEmpty();

        long adminId = users.findByUsernameIgnoreCase("admin").orElseThrow().getId();
        mvc.perform(post("/admin/users/" + adminId + "/password").with(adminSession()).param("password", "Hacked12345"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + adminId).with(adminSession())
                        .param("rowVersion", "0").param("fullName", "X").param("role", "ADMIN").param("enabled", "false"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(Users.admin())).andExpect(status().isOk());
    }
}
