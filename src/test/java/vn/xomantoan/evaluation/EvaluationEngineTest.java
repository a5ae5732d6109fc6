package vn.xomantoan.evaluation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.evaluation.IncidentFacts.Category;
import vn.xomantoan.evaluation.IncidentFacts.CrimeClass;
import vn.xomantoan.evaluation.domain.CaseEvaluation;
import vn.xomantoan.evaluation.domain.EvaluationService;
import vn.xomantoan.evaluation.domain.Outcome;
import vn.xomantoan.evaluation.domain.OverallVerdict;
import vn.xomantoan.evaluation.domain.Verdict;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The engine with fact sources installed (test implementations of the SPIs). Every test rolls back. */
@IntegrationTest
@Import(FakeFacts.class)
@TestPropertySource(properties = "xomantoan.evaluation.live-facts=false")
@Transactional
class EvaluationEngineTest {

    private final EvaluationService evaluation;
    private final UnitCatalog units;
    private final JdbcClient jdbc;
    private final MockMvc mvc;

    static final int YEAR = LocalDate.now().getYear();

    @Autowired
    EvaluationEngineTest(EvaluationService evaluation, UnitCatalog units, JdbcClient jdbc, MockMvc mvc) {
        this.mvc = mvc;
        this.evaluation = evaluation;
        this.units = units;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void clean() {
        FakeFacts.reset();
    }

    @AfterEach
    void after() {
        FakeFacts.reset();
    }

    private UnitView unit(String code, int year) {
        return units.validOn(code, EvaluationService.referenceDate(year), UnitScope.EVERYTHING).orElseThrow();
    }

    /** Opens and registers the cases of the commune for the year, and answers the human criteria "met". */
    private void prepareCommune(String commune, int year) {
        evaluation.run(unit(commune, year), year, UnitScope.EVERYTHING);
        // The demo data may hold answers of its own for this year: the test's answers replace them.
        jdbc.sql("DELETE FROM eval_answer WHERE case_id IN (SELECT id FROM eval_case WHERE eval_year = :y AND commune_code = :c)")
                .param("y", year).param("c", commune).update();
        jdbc.sql("""
                        UPDATE eval_case SET state = 'MONITORING', registered_on = :d, outcome = NULL, decided_on = NULL, decision_id = NULL,
                               certificate_no = NULL, self_reviewed_on = NULL, submitted_on = NULL, appraisal_on = NULL
                        WHERE eval_year = :y AND commune_code = :c""")
                .param("d", LocalDate.of(year, 3, 1)).param("y", year).param("c", commune).update();
        jdbc.sql("""
                        INSERT INTO eval_answer (case_id, criterion_code, verdict, note, answered_by, answered_at)
                        SELECT c.id, k.code, 'MET', 'Biên bản họp', 'test', CURRENT_TIMESTAMP
                        FROM eval_case c JOIN eval_criterion k ON k.set_code = c.set_code
                        WHERE c.eval_year = :y AND c.commune_code = :c AND (k.rule IN ('HUMAN', 'NO_SOURCE'))""")
                .param("y", year).param("c", commune).update();
    }

    private static CaseEvaluation of(EvaluationService.RunReport report, String code) {
        return report.evaluations().stream().filter(e -> e.target().code().equals(code)).findFirst().orElseThrow();
    }

    private static Outcome outcome(CaseEvaluation e, String criterion) {
        return e.outcomes().stream().filter(o -> o.criterionCode().equals(criterion)).findFirst().orElseThrow();
    }

    @Test
    void aProvinceRunIsAHandfulOfBatchCallsNotOnePerUnit() {
        EvaluationService.RunReport report = evaluation.run(unit("37", 2025), 2025, UnitScope.EVERYTHING);
        assertThat(report.evaluations()).hasSizeGreaterThan(3000);
        // incidents: 2 windows (areas, others) x current and previous; coverage, documents, models, 2 staff, ratings.
        assertThat(FakeFacts.CALLS.get()).isLessThanOrEqualTo(10);
    }

    @Test
    void reclassifyingOneIncidentFlipsKdc4bAndThroughTheRecognitionRateXa4b() {
        int year = 2025;
        prepareCommune("14677", year);
        FakeFacts.everythingInOrder = true;
        // The province sets the rate at 100% (a parameter it may tighten), so one failing unit flips XA-4b.
        jdbc.sql("INSERT INTO eval_parameter (province_code, set_code, criterion_code, param_key, param_value) VALUES ('37', 'TT124:COMMUNE', 'XA-4b', 'percent', '100')")
                .update();
        // A less serious theft the year before: this year's count may match it without failing KDC-4a.
        FakeFacts.INCIDENTS.add(new IncidentFacts.Incident("14677-001", "41", LocalDate.of(2024, 5, 2), Category.CRIME, CrimeClass.LESS_SERIOUS,
                null, false, false, false, "Trộm cắp tài sản, 02/05/2024", "/incidents/41"));
        EvaluationService.RunReport clean = evaluation.run(unit("14677", year), year, UnitScope.EVERYTHING);
        assertThat(outcome(of(clean, "14677-001"), "KDC-4b").verdict()).isEqualTo(Verdict.MET);
        assertThat(of(clean, "14677-001").overall()).isEqualTo(OverallVerdict.MET);
        assertThat(outcome(of(clean, "14677"), "XA-4b").verdict()).isEqualTo(Verdict.MET);

        FakeFacts.INCIDENTS.add(new IncidentFacts.Incident("14677-001", "42", LocalDate.of(2025, 5, 20), Category.CRIME, CrimeClass.SERIOUS,
                null, false, false, false, "Cướp giật tài sản, 20/05/2025", "/incidents/42"));
        EvaluationService.RunReport serious = evaluation.run(unit("14677", year), year, UnitScope.EVERYTHING);
        Outcome kdc4b = outcome(of(serious, "14677-001"), "KDC-4b");
        assertThat(kdc4b.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(kdc4b.explanation().get(0).key()).isEqualTo("eval.x.serious");
        assertThat(kdc4b.refs()).extracting(FactRef::href).containsExactly("/incidents/42");
        Outcome xa4b = outcome(of(serious, "14677"), "XA-4b");
        assertThat(xa4b.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(xa4b.refs()).extracting(FactRef::label).contains("Xóm 1");
        String stored = jdbc.sql("SELECT failing FROM eval_case WHERE unit_code = '14677-001' AND eval_year = 2025").query(String.class).single();
        assertThat(stored).contains("KDC-4b");

        FakeFacts.INCIDENTS.set(1, new IncidentFacts.Incident("14677-001", "42", LocalDate.of(2025, 5, 20), Category.CRIME, CrimeClass.LESS_SERIOUS,
                null, false, false, false, "Cướp giật tài sản, 20/05/2025", "/incidents/42"));
        EvaluationService.RunReport lessSerious = evaluation.run(unit("14677", year), year, UnitScope.EVERYTHING);
        assertThat(outcome(of(lessSerious, "14677-001"), "KDC-4b").verdict()).isEqualTo(Verdict.MET);
        assertThat(outcome(of(lessSerious, "14677"), "XA-4b").verdict()).isEqualTo(Verdict.MET);
    }

    /** The stored results of a unit's case for the year: criterion → (result id, verdict, computed at). */
    private Map<String, List<Object>> storedResults(String unit, int year) {
        Map<String, List<Object>> rows = new HashMap<>();
        jdbc.sql("""
                        SELECT r.criterion_code, r.id, r.verdict, r.computed_at FROM eval_result r JOIN eval_case c ON c.id = r.case_id
                        WHERE c.unit_code = :u AND c.eval_year = :y""")
                .param("u", unit).param("y", year)
                .query(rs -> {
                    rows.put(rs.getString(1), List.of(rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toLocalDateTime()));
                });
        return rows;
    }

    @Test
    void aReRunRewritesOnlyTheResultsThatChanged() {
        int year = 2025;
        prepareCommune("14677", year);
        FakeFacts.everythingInOrder = true;
        evaluation.run(unit("14677", year), year, UnitScope.EVERYTHING);
        Map<String, List<Object>> before = storedResults("14677-001", year);
        assertThat(before).containsKey("KDC-4b").hasSizeGreaterThan(10);
        assertThat(before.get("KDC-4b").get(1)).isEqualTo("MET");

        FakeFacts.INCIDENTS.add(new IncidentFacts.Incident("14677-001", "42", LocalDate.of(2025, 5, 20), Category.CRIME, CrimeClass.SERIOUS,
                null, false, false, false, "Cướp giật tài sản, 20/05/2025", "/incidents/42"));
        EvaluationService.RunReport rerun = evaluation.run(unit("14677", year), year, UnitScope.EVERYTHING);
        Map<String, List<Object>> after = storedResults("14677-001", year);

        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(after.get("KDC-4b").get(1)).isEqualTo("NOT_MET");
        assertThat((LocalDateTime) after.get("KDC-4b").get(2)).isAfter((LocalDateTime) before.get("KDC-4b").get(2));
        // Only the crime criteria (a serious crime, and one crime more than last year) were written again, in place.
        List<String> rewritten = before.keySet().stream().filter(c -> !after.get(c).equals(before.get(c))).sorted().toList();
        assertThat(rewritten).contains("KDC-4b").isSubsetOf("KDC-4a", "KDC-4b");
        before.forEach((criterion, row) -> assertThat(after.get(criterion).get(0)).isEqualTo(row.get(0)));
        // Every stored verdict is the run's, and the case carries the new overall verdict.
        of(rerun, "14677-001").outcomes().forEach(o -> assertThat(after.get(o.criterionCode()).get(1)).isEqualTo(o.verdict().name()));
        Map<String, Object> stored = jdbc.sql("SELECT verdict, failing FROM eval_case WHERE unit_code = '14677-001' AND eval_year = 2025")
                .query().singleRow();
        assertThat(stored.get("verdict")).isEqualTo("NOT_MET");
        assertThat((String) stored.get("failing")).contains("KDC-4b");
    }

    @Test
    void factsOfACommuneThatMergedCountForItsSuccessor() {
        // Xã Kim Tân (14683) merged into Xã Định Hóa (14677) on 01/07/2025: its events before the merger are Định Hóa's history.
        FakeFacts.INCIDENTS.add(new IncidentFacts.Incident("14683", "7", LocalDate.of(2024, 12, 5), Category.CRIME, CrimeClass.LESS_SERIOUS,
                null, false, false, false, "Trộm cắp tài sản ở Kim Tân, 05/12/2024", "/incidents/7"));
        FakeFacts.INCIDENTS.add(new IncidentFacts.Incident("14683", "8", LocalDate.of(2024, 2, 5), Category.CRIME, CrimeClass.LESS_SERIOUS,
                null, false, false, false, "Trộm cắp tài sản ở Kim Tân, 05/02/2024", "/incidents/8"));
        EvaluationService.RunReport report = evaluation.run(unit("14677", 2025), 2025, UnitScope.EVERYTHING);
        assertThat(FakeFacts.REQUESTED_INCIDENT_CODES).contains("14683", "14677", "14683-001");
        Outcome xa2 = outcome(of(report, "14677"), "XA-2");
        assertThat(xa2.refs()).extracting(FactRef::href).contains("/incidents/7");
        assertThat(xa2.explanation()).anySatisfy(e -> {
            assertThat(e.key()).isEqualTo("eval.x.yoy");
            assertThat(e.args().get(0)).isEqualTo("1");
            assertThat(e.args().get(3)).isEqualTo("1");
        });
    }

    @Test
    void withSourcesInstalledDataDrivenCriteriaAreDecidedAndExplained() {
        FakeFacts.everythingInOrder = true;
        prepareCommune("14620", 2025);
        EvaluationService.RunReport report = evaluation.run(unit("14620", 2025), 2025, UnitScope.EVERYTHING);
        CaseEvaluation area = report.evaluations().stream().filter(e -> e.target().code().startsWith("14620-0")).findFirst().orElseThrow();
        assertThat(outcome(area, "KDC-1c").verdict()).isEqualTo(Verdict.MET);
        assertThat(outcome(area, "KDC-1c").explanation().get(0).args()).startsWith("40", "40");
        assertThat(outcome(area, "KDC-1a").verdict()).isEqualTo(Verdict.MET);
        assertThat(area.overall()).isEqualTo(OverallVerdict.MET);
        List<String> codes = area.outcomes().stream().map(Outcome::criterionCode).toList();
        assertThat(codes).contains("KDC-3đ", "KDC-3g", "KDC-4c-1", "KDC-5");
    }

    private static String json(String action, String date, String note) {
        return "{\"action\":\"" + action + "\",\"date\":\"" + date + "\"" + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
    }

    @Test
    void theWholeProcedureForOneArea() throws Exception {
        FakeFacts.everythingInOrder = true;
        long id = jdbc.sql("SELECT id FROM eval_case WHERE unit_code = '14677-004' AND eval_year = :y").param("y", YEAR).query(Long.class).single();
        mvc.perform(post("/api/v1/evaluations/run").param("unit", "14677-004").param("year", String.valueOf(YEAR)).param("wait", "true").with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk());
        // With every data source reporting the area in order, only the human criteria are left to the meeting.
        String[] criteria = jdbc.sql("SELECT k.code FROM eval_criterion k JOIN eval_case c ON c.set_code = k.set_code WHERE c.id = :id AND k.mode = 'HUMAN'")
                .param("id", id).query(String.class).list().toArray(String[]::new);
        assertThat(criteria).contains("KDC-2", "KDC-4c-3");
        for (String criterion : criteria) {
            mvc.perform(post("/api/v1/cases/" + id + "/answers").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"criterion\":\"" + criterion + "\",\"verdict\":\"MET\",\"note\":\"Biên bản họp ngày 03/11\"}")
                            .with(Users.dinhHoaOfficer()))
                    .andExpect(status().isOk());
        }
        for (String step : new String[]{"SELF_REVIEW", "SUBMIT", "START_APPRAISAL"}) {
            mvc.perform(post("/api/v1/cases/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON)
                            .content(json(step, TestDates.pastText(11, 5), null)).with(Users.dinhHoaOfficer()))
                    .andExpect(status().isOk());
        }
        // The area head may not appraise or decide; the commune officer records the commune's decision.
        mvc.perform(post("/api/v1/cases/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content(json("RECOGNISE", TestDates.pastText(11, 6), null)).with(Users.areaHead()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cases/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content(json("RECOGNISE", TestDates.pastText(11, 6), null)).with(Users.leader()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cases/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content(json("RECOGNISE", TestDates.pastText(11, 6), null)).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RECOGNISED"));
        // A correction needs a reason.
        mvc.perform(post("/api/v1/cases/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content(json("CORRECT", TestDates.pastText(11, 7), null)).with(Users.dinhHoaOfficer()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/cases/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content(json("CORRECT", TestDates.pastText(11, 7), "Phát hiện vụ trộm cắp chưa được báo cáo")).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("NOT_RECOGNISED"));
        mvc.perform(get("/evaluation/cases/" + id).with(Users.dinhHoaOfficer()))
                .andExpect(content().string(containsString("Phát hiện vụ trộm cắp chưa được báo cáo")))
                .andExpect(content().string(containsString("Đính chính kết quả")));
    }

}
