package vn.xomantoan.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Style sheets, scripts and the libraries' files load without signing in; page paths are never taken for files. */
@IntegrationTest
class StaticFilesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theFilesEveryPageLinksAreServed() throws Exception {
        mvc.perform(get("/css/app.css")).andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/css"));
        mvc.perform(get("/js/app.js")).andExpect(status().isOk());
        // Library files are linked without their version, as the layout does.
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bootstrap")));
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui/index.html").with(Users.admin())).andExpect(status().isOk());
    }

    @Test
    void aPageLinksItsStyleSheetsAndItsRecordsAsWritten() throws Exception {
        mvc.perform(get("/reporting").param("unit", "14677").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/webjars/bootstrap/")))
                .andExpect(content().string(containsString("href=\"/css/app.css\"")))
                .andExpect(content().string(not(containsString("/static/"))));
    }

    @Test
    void aFileOutsideTheStaticFoldersIsNotServed() throws Exception {
        mvc.perform(get("/application.yml")).andExpect(status().is4xxClientError());
        mvc.perform(get("/i18n/messages.properties")).andExpect(status().is4xxClientError());
    }
}
