package vn.xomantoan.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.identity.domain.AppUserRepository;
import vn.xomantoan.identity.domain.UserAccounts;
import vn.xomantoan.support.IntegrationTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Five wrong passwords lock an account; while locked even the right one is refused. */
@IntegrationTest
class LockoutTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UnitDirectory units;
    @Autowired
    AppUserRepository users;

    @Test
    @Transactional
    void fiveWrongPasswordsLockTheAccount() throws Exception {
        String username = "t.lock." + Long.toString(System.nanoTime(), 36);
        long unitId = units.findId("14677", LocalDate.now()).orElseThrow();
        accounts.create(username, "Dung12345", "Người Bị Khóa", Role.COMMUNE_OFFICER, unitId, false);

        mvc.perform(formLogin("/login").user(username).password("Dung12345")).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("Sai" + i + "xyz"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().getLockedUntil()).isNotNull();
        mvc.perform(formLogin("/login").user(username).password("Dung12345")).andExpect(redirectedUrl("/login?locked"));
    }
}
