package vn.xomantoan.reporting;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The indicator API gives back the seed article's figures for Ninh Bình, 05/2015–10/2016, from the demo records. */
@IntegrationTest
class IndicatorApiTest {

    static final String SEED = "?unit=37&from=01/05/2015&to=31/10/2016";

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String json(String url, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long value(String id, String query) throws Exception {
        Number n = JsonPath.read(json("/api/v1/indicators/" + id + query, Users.provinceOfficer()), "$.value");
        return n.longValue();
    }

    @Test
    void catalogueListsEveryIndicatorOnceWithItsLabel() throws Exception {
        String body = json("/api/v1/indicators", Users.leader());
        List<String> ids = JsonPath.read(body, "$[*].id");
        assertThat(ids).doesNotHaveDuplicates().contains("units.residentialAreas", "activities.SEMINAR", "documents.PLAN",
                "hotspots.keyAreas", "exemplars.PROVINCE_LIST", "contributions.donationsVnd", "incidents.crime",
                "households.count", "evaluation.recognisedAreasPercent");
        List<Boolean> supplied = JsonPath.read(body, "$[?(@.id == 'evaluation.recognisedAreasPercent')].supplied");
        assertThat(supplied).containsExactly(true);
        List<Boolean> coverage = JsonPath.read(body, "$[?(@.id == 'commitments.householdCoveragePercent')].supplied");
        assertThat(coverage).containsExactly(true);
        List<String> labels = JsonPath.read(body, "$[?(@.id == 'units.residentialAreas')].label");
        assertThat(labels.get(0)).startsWith("Khu dân cư");
    }

    @Test
    void seedFiguresComeBackFromTheDemoRecords() throws Exception {
        Map<String, Long> expected = new java.util.LinkedHashMap<>();
        expected.put("units.residentialAreas", 1684L);
        expected.put("units.districts", 8L);
        expected.put("units.communes", 145L);
        expected.put("activities.PROPAGANDA_SESSION", 150L);
        expected.put("activities.PROPAGANDA_SESSION.religiousVenues", 70L);
        expected.put("activities.SEMINAR", 19L);
        expected.put("activities.SEMINAR.province", 1L);
        expected.put("activities.SEMINAR.provinceWomen", 120L);
        expected.put("activities.EMULATION_SIGNING", 18L);
        expected.put("activities.REVIEW_CONFERENCE", 1L);
        expected.put("documents.PLAN", 7L);
        expected.put("documents.NOTICE.PROVINCE", 9L);
        expected.put("documents.NOTICE.DISTRICT", 8L);
        expected.put("documents.OFFICIAL_LETTER", 36L);
        expected.put("publications.copiesDistributed", 3124L);
        expected.put("publications.areasReached", 1684L);
        expected.put("publications.HANDBOOK", 1L);
        expected.put("media.items", 236L);
        expected.put("hotspots.keyAreas", 27L);
        expected.put("hotspots.pilotCommunes", 21L);
        expected.put("hotspots.selectedAreas", 164L);
        expected.put("exemplars.PROVINCE_LIST", 80L);
        expected.put("exemplars.COMMUNE_SELECTION", 290L);
        expected.put("rewards.count", 315L);
        expected.put("models.running", 145L);
        expected.put("contributions.donationsVnd", 70_000_000L);
        expected.put("programmes.running", 7L);
        Map<String, Long> actual = new java.util.LinkedHashMap<>();
        for (String id : expected.keySet()) {
            actual.put(id, value(id, SEED));
        }
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void householdCoverageIsTheShareOfResidentHouseholdsThatSignedThatYear() throws Exception {
        // Counted here the other way round: each resident household, and whether it signed.
        Map<String, Object> counts = jdbc.sql("""
                        SELECT COUNT(*) AS households, SUM(CASE WHEN EXISTS (SELECT 1 FROM commitment c JOIN commitment_campaign p
                               ON p.id = c.campaign_id WHERE c.household_id = r.household_id AND p.eval_year = 2016
                               AND p.subject_kind = 'HOUSEHOLD' AND c.signed_on <= DATE '2016-10-31') THEN 1 ELSE 0 END) AS signed
                        FROM household_residence r
                        WHERE r.area_code = '14683-001' AND r.valid_from <= DATE '2016-10-31'
                          AND (r.valid_to IS NULL OR r.valid_to >= DATE '2016-10-31')""").query().singleRow();
        long households = ((Number) counts.get("households")).longValue();
        long signed = ((Number) counts.get("signed")).longValue();
        assertThat(signed).isPositive();
        String query = "?unit=14683-001&from=01/01/2016&to=31/10/2016&asOf=31/10/2016";
        assertThat(value("commitments.householdsSigned", query)).isEqualTo(signed);
        assertThat(value("commitments.householdCoveragePercent", query)).isEqualTo(signed * 10_000 / households);
    }

    @Test
    void recognitionResultsComeFromTheDecidedCasesOfThePeriod() throws Exception {
        Map<String, Object> counts = jdbc.sql("""
                        SELECT COUNT(*) AS decided, SUM(CASE WHEN outcome = 'RECOGNISED' THEN 1 ELSE 0 END) AS recognised FROM eval_case
                        WHERE unit_kind = 'RESIDENTIAL_AREA' AND outcome IS NOT NULL AND decided_on BETWEEN DATE '2015-05-01' AND DATE '2016-10-31'""")
                .query().singleRow();
        long decided = ((Number) counts.get("decided")).longValue();
        long recognised = ((Number) counts.get("recognised")).longValue();
        assertThat(decided).isPositive();
        assertThat(value("evaluation.recognisedAreas", SEED)).isEqualTo(recognised);
        assertThat(value("evaluation.recognisedAreasPercent", SEED)).isEqualTo(recognised * 10_000 / decided);
    }
}
