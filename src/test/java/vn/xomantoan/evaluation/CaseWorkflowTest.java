package vn.xomantoan.evaluation;

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
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The recognition case as a state machine through the API and the pages: steps, deadlines, rights, scope. */
@IntegrationTest
@Transactional
class CaseWorkflowTest {

    static final int YEAR = LocalDate.now().getYear();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long caseOf(String code, int year) {
        return jdbc.sql("SELECT id FROM eval_case WHERE unit_code = :c AND eval_year = :y").param("c", code).param("y", year)
                .query(Long.class).single();
    }

    private String state(long id) {
        return jdbc.sql("SELECT state FROM eval_case WHERE id = :id").param("id", id).query(String.class).single();
    }

    private static String json(String action, String date, String note) {
        return "{\"action\":\"" + action + "\",\"date\":\"" + date + "\"" + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
    }

    @Test
    void stepsCannotBeSkipped() throws Exception {
        long id = caseOf("14677-002", YEAR);
        assertThat(state(id)).isEqualTo("MONITORING");
        mvc.perform(post("/api/v1/cases/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content(json("RECOGNISE", TestDates.pastText(11, 10), null)).with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.action").value(containsString("Công nhận")));
        mvc.perform(post("/api/v1/cases/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content(json("SUBMIT", TestDates.pastText(11, 10), null)).with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest());
        // The self-review needs every criterion decided: the data-driven ones are missing data here.
        mvc.perform(post("/api/v1/cases/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content(json("SELF_REVIEW", TestDates.pastText(11, 5), null)).with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.action").value(containsString("chưa có kết luận")));
        assertThat(state(id)).isEqualTo("MONITORING");
    }

    @Test
    void registrationIsDueBy31March() throws Exception {
        // Last year's cases, so that both dates lie in the past whatever day the suite runs.
        int year = YEAR - 1;
        mvc.perform(post("/api/v1/evaluations/run").param("unit", "14677").param("year", String.valueOf(year)).param("wait", "true").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk());
        long id = caseOf("14677-003", year);
        jdbc.sql("UPDATE eval_case SET state = 'ELIGIBLE', registered_on = NULL WHERE id = :id").param("id", id).update();
        long auditBefore = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'eval_case' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single();
        mvc.perform(post("/api/v1/cases/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content(json("REGISTER", "01/04/" + year, null)).with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.date").value(containsString("31/03/" + year)));
        assertThat(state(id)).isEqualTo("ELIGIBLE");
        mvc.perform(post("/api/v1/cases/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content(json("REGISTER", "31/03/" + year, null)).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REGISTERED"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'eval_case' AND entity_id = :id").param("id", String.valueOf(id))
                .query(Long.class).single()).isEqualTo(auditBefore + 1);
    }


    @Test
    void anAreaHeadWorksOnTheirAreaOnly() throws Exception {
        long mine = caseOf("14677-001", YEAR);
        long other = caseOf("14677-002", YEAR);
        mvc.perform(get("/evaluation/cases/" + mine).with(Users.areaHead())).andExpect(status().isOk());
        mvc.perform(get("/evaluation/cases/" + other).with(Users.areaHead())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + other).with(Users.areaHead())).andExpect(status().isNotFound());
        mvc.perform(get("/evaluation/board").param("unit", "14677").param("year", String.valueOf(YEAR)).with(Users.areaHead()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases").param("unit", "14677-001").param("year", String.valueOf(YEAR)).with(Users.areaHead()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].unitCode").value("14677-001"));
        mvc.perform(post("/api/v1/cases/" + mine + "/answers").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"criterion\":\"KDC-2\",\"verdict\":\"MET\",\"note\":\"Biên bản họp khu dân cư\"}").with(Users.areaHead()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.criteria[?(@.code == 'KDC-2')].verdict", hasItem("MET")));
        mvc.perform(post("/api/v1/cases/" + other + "/answers").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"criterion\":\"KDC-2\",\"verdict\":\"MET\",\"note\":\"Biên bản họp khu dân cư\"}").with(Users.areaHead()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM eval_answer WHERE case_id = :id").param("id", other).query(Long.class).single()).isZero();
    }

    @Test
    void outsideTheScopeEverythingIsNotFoundAndNothingIsStored() throws Exception {
        long phatDiem = caseOf(jdbc.sql("SELECT MIN(unit_code) FROM eval_case WHERE commune_code = '14620' AND unit_kind = 'RESIDENTIAL_AREA' AND eval_year = :y")
                .param("y", YEAR).query(String.class).single(), YEAR);
        long answersBefore = jdbc.sql("SELECT COUNT(*) FROM eval_answer WHERE case_id = :id").param("id", phatDiem).query(Long.class).single();
        mvc.perform(get("/evaluation/cases/" + phatDiem).with(Users.dinhHoaOfficer())).andExpect(status().isNotFound());
        mvc.perform(get("/evaluation/board").param("unit", "14620").param("year", String.valueOf(YEAR)).with(Users.dinhHoaOfficer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/evaluations").param("unit", "14620").param("year", String.valueOf(YEAR)).with(Users.dinhHoaOfficer()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/evaluations/run").param("unit", "14620").param("year", String.valueOf(YEAR)).with(Users.dinhHoaOfficer()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cases/" + phatDiem + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content(json("DECLINE", "01/04/" + YEAR, "x")).with(Users.dinhHoaOfficer()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/evaluation/cases/" + phatDiem + "/answers").param("criterion", "KDC-2").param("verdict", "MET")
                        .param("note", "Biên bản họp").with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM eval_answer WHERE case_id = :id").param("id", phatDiem).query(Long.class).single())
                .isEqualTo(answersBefore);
        mvc.perform(post("/api/v1/evaluations/run").param("unit", "37").param("year", String.valueOf(YEAR)).with(Users.leader()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCommuneOfficerRunsTheEvaluationAndGetsExplanations() throws Exception {
        mvc.perform(post("/api/v1/evaluations/run").param("unit", "14677").param("year", String.valueOf(YEAR)).param("wait", "true")
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.job.status").value("DONE"))
                .andExpect(jsonPath("$.job.percent").value(100))
                .andExpect(jsonPath("$.units").value(org.hamcrest.Matchers.greaterThan(10)))
                .andExpect(jsonPath("$.evaluations[0].criteria[0].explanation").isNotEmpty());
        mvc.perform(get("/api/v1/evaluations").param("unit", "14677-001").param("year", String.valueOf(YEAR)).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].criteria[?(@.code == 'KDC-4b')].explanation", hasItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString()))))
                .andExpect(jsonPath("$[0].criteria[?(@.code == 'KDC-2')].verdict", hasItem("PENDING")))
                .andExpect(jsonPath("$[0].criteria[?(@.code == 'KDC-1b')].verdict", hasItem("MET")));
        mvc.perform(get("/api/v1/recognition/summary").param("unit", "37").param("year", "2016").with(Users.provinceOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.communes.length()").value(145));
    }

    @Test
    void aFormShowsItsErrorsNextToTheFieldsAndKeepsWhatWasTyped() throws Exception {
        long id = caseOf("14677-005", YEAR);
        mvc.perform(post("/evaluation/cases/" + id + "/answers").param("criterion", "KDC-2").param("verdict", "MET").param("note", "ok")
                        .with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")))
                .andExpect(content().string(containsString("note-error-KDC-2")))
                .andExpect(content().string(containsString("ít nhất 5 ký tự")));
        mvc.perform(post("/evaluation/cases/" + id + "/transitions").param("action", "SELF_REVIEW").param("date", "31/02/" + YEAR)
                        .with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("date-error")))
                .andExpect(content().string(containsString("31/02/" + YEAR)));
    }
}
