package vn.xomantoan.commitments;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.evaluation.domain.CaseEvaluation;
import vn.xomantoan.evaluation.domain.EvaluationService;
import vn.xomantoan.evaluation.domain.Outcome;
import vn.xomantoan.evaluation.domain.Verdict;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A school of Xã Định Hóa reports its year's figures (staff briefed, subordinate units with a title,
 * its security force's rating) and the evaluation reads them: GD-1d, GD-5 and GD-6 follow the
 * figures, with them in the explanation. Bad figures are explained and store nothing; another
 * commune's officer and an area head do not see the school, and leaders only read.
 */
@IntegrationTest
@Transactional
class UnitFiguresTest {

    static final int YEAR = 2025;
    static final LocalDate AS_OF = LocalDate.of(YEAR, 10, 31);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    UnitCatalog units;

    long campaign;
    String school;

    @BeforeEach
    void setUp() {
        Fixtures fx = new Fixtures(jdbc);
        campaign = fx.unitCampaign(YEAR, SubjectKind.SCHOOL, "14677", AS_OF);
        school = fx.unitsUnder("14677", AS_OF,
                "s.unit_type = 'SCHOOL' AND o.school_level IN ('LOWER_SECONDARY', 'UPPER_SECONDARY', 'MULTI_LEVEL')").get(0);
    }

    private String api() {
        return "/api/v1/commitments/campaigns/" + campaign + "/units/" + school + "/figures";
    }

    private String putFigures(String json, org.springframework.test.web.servlet.request.RequestPostProcessor user, int expected)
            throws Exception {
        return mvc.perform(put(api()).contentType(MediaType.APPLICATION_JSON).content(json).with(csrf()).with(user))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    private Outcome outcome(String criterion) {
        UnitView unit = units.validOn(school, EvaluationService.referenceDate(YEAR), UnitScope.EVERYTHING).orElseThrow();
        CaseEvaluation e = evaluation.run(unit, YEAR, UnitScope.EVERYTHING).evaluations().stream()
                .filter(x -> x.target().code().equals(school)).findFirst().orElseThrow();
        return e.outcomes().stream().filter(o -> o.criterionCode().equals(criterion)).findFirst().orElseThrow();
    }

    @Test
    void theSchoolsFiguresDecideTheStaffSubunitAndForceCriteria() throws Exception {
        String created = putFigures("""
                {"headcount": 48, "briefed": 48, "committed": 48, "subunits": 6, "subunitsTitled": 5,
                 "disciplinedIndividuals": 0, "forceRating": "GOOD", "ratedBy": "Công an xã Định Hóa"}""", Users.dinhHoaOfficer(), 200);
        assertThat(JsonPath.<Integer>read(created, "$.headcount")).isEqualTo(48);
        assertThat(JsonPath.<Integer>read(created, "$.forceDisciplined")).isZero();
        long version = JsonPath.<Integer>read(created, "$.rowVersion");

        assertThat(outcome("GD-1d").verdict()).isEqualTo(Verdict.MET);
        assertThat(outcome("GD-5").verdict()).isEqualTo(Verdict.MET);
        Outcome gd6 = outcome("GD-6");
        assertThat(gd6.verdict()).isEqualTo(Verdict.MET);
        assertThat(gd6.explanation().get(0).args()).startsWith("5", "6", "5");

        // One teacher not briefed, four of six departments titled, the force only "completed".
        putFigures("""
                {"headcount": 48, "briefed": 47, "committed": 48, "subunits": 6, "subunitsTitled": 4,
                 "disciplinedIndividuals": 0, "forceRating": "COMPLETED", "rowVersion": %d}""".formatted(version), Users.dinhHoaOfficer(), 200);
        Outcome gd1d = outcome("GD-1d");
        assertThat(gd1d.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(gd1d.explanation().get(0).args()).startsWith("47", "48");
        assertThat(outcome("GD-6").verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(outcome("GD-5").verdict()).isEqualTo(Verdict.NOT_MET);

        long id = jdbc.sql("SELECT id FROM unit_year_figures WHERE campaign_id = :c").param("c", campaign).query(Long.class).single();
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'UnitYearFigures' AND entity_id = :id AND username = 'xa.dinhhoa' "
                + "ORDER BY id").param("id", String.valueOf(id)).query(String.class).list()).containsExactly("CREATE", "UPDATE");
        mvc.perform(get("/commitments/campaigns/" + campaign + "/units/" + school + "/figures").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số liệu năm 2025 — ")))
                .andExpect(content().string(containsString("Số được phổ biến nội quy, quy chế, tiêu chuẩn")))
                .andExpect(content().string(containsString("value=\"47\"")));
    }

    @Test
    void inconsistentFiguresAreExplainedNextToTheirFieldAndNothingIsStored() throws Exception {
        mvc.perform(post("/commitments/campaigns/" + campaign + "/units/" + school + "/figures")
                        .param("rowVersion", "-1").param("headcount", "40").param("briefed", "52").param("subunits", "ba")
                        .with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập một số nguyên")))
                .andExpect(content().string(containsString("Số 52 lớn hơn tổng số 40.")))
                .andExpect(content().string(containsString("value=\"ba\"")));
        mvc.perform(post("/commitments/campaigns/" + campaign + "/units/" + school + "/figures")
                        .param("rowVersion", "-1").param("headcount", "40").param("briefed", "52")
                        .with(csrf()).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số 52 lớn hơn tổng số 40.")))
                .andExpect(content().string(containsString("value=\"52\"")));
        putFigures("{\"headcount\": -3}", Users.dinhHoaOfficer(), 400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM unit_year_figures WHERE campaign_id = :c").param("c", campaign)
                .query(Long.class).single()).isZero();
        assertThat(outcome("GD-1d").verdict()).isEqualTo(Verdict.MISSING_DATA);
    }

    @Test
    void onlyPoliceOfficersOverTheSchoolRecordItsFiguresAndLeadersOnlyRead() throws Exception {
        String json = "{\"headcount\": 30, \"briefed\": 30}";
        putFigures(json, Users.leader(), 403);
        mvc.perform(get(api()).with(Users.leader())).andExpect(status().isOk());
        putFigures(json, Users.areaHead(), 404);
        mvc.perform(get(api()).with(Users.phatDiemOfficer())).andExpect(status().isNotFound());
        putFigures(json, Users.phatDiemOfficer(), 404);
        putFigures(json, Users.provinceOfficer(), 200);
        mvc.perform(get(api()).with(Users.dinhHoaOfficer())).andExpect(status().isOk()).andExpect(jsonPath("$.briefed").value(30));
    }
}
