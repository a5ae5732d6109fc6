package vn.xomantoan.evaluation;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A run started without waiting is a job in the background, followed through its progress URL. Not rolled back: the job commits. */
@IntegrationTest
class EvaluationRunJobTest {

    static final int YEAR = TestDates.YEAR;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRunIsAJobWithProgressThatOnlyItsStarterFollows() throws Exception {
        String area = jdbc.sql("SELECT MAX(unit_code) FROM eval_case WHERE commune_code = '14620' AND unit_kind = 'RESIDENTIAL_AREA' AND eval_year = :y")
                .param("y", YEAR).query(String.class).single();
        MvcResult started = mvc.perform(post("/api/v1/evaluations/run").param("unit", area).param("year", String.valueOf(YEAR))
                        .with(Users.phatDiemOfficer()))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/evaluations/jobs/")))
                .andExpect(jsonPath("$.unit").value(area))
                .andReturn();
        String progressUrl = JsonPath.read(started.getResponse().getContentAsString(), "$.progressUrl");

        String body = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> mvc.perform(get(progressUrl).with(Users.phatDiemOfficer())).andExpect(status().isOk()).andReturn()
                        .getResponse().getContentAsString(), current -> List.of("DONE", "FAILED").contains((String) JsonPath.read(current, "$.status")));
        assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("DONE");
        int units = JsonPath.read(body, "$.units");
        int met = JsonPath.read(body, "$.met");
        int notMet = JsonPath.read(body, "$.notMet");
        int incomplete = JsonPath.read(body, "$.incomplete");
        assertThat(units).isEqualTo(1);
        assertThat(met + notMet + incomplete).isEqualTo(units);
        assertThat((Integer) JsonPath.read(body, "$.percent")).isEqualTo(100);

        // Another commune's officer cannot follow it; a run outside one's scope is not even started.
        mvc.perform(get(progressUrl).with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        long jobs = jdbc.sql("SELECT COUNT(*) FROM eval_run_job").query(Long.class).single();
        mvc.perform(post("/api/v1/evaluations/run").param("unit", area).param("year", String.valueOf(YEAR)).with(Users.dinhHoaOfficer()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/evaluations/run").param("unit", area).with(Users.phatDiemOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.year").exists());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM eval_run_job").query(Long.class).single()).isEqualTo(jobs);
    }
}
