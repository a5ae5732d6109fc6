package vn.xomantoan.evaluation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.support.Users;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * While an area's case is monitored, a serious crime recorded in the area re-evaluates the case once
 * the incident is saved, and the case shows an alert naming KDC-4b and the incident; a less serious
 * one raises none. Several areas of a commune reported by one event (an import) each get theirs.
 */
@IntegrationTest
class MonitoringAlertsTest {

    private static final String AREA = "14677-002";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private final List<Long> incidents = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        for (long id : incidents) {
            jdbc.sql("DELETE FROM eval_alert WHERE record_id = :id").param("id", String.valueOf(id)).update();
            jdbc.sql("DELETE FROM incident WHERE id = :id").param("id", id).update();
        }
    }

    private long record(LocalDate on, String article, String clause) throws Exception {
        String body = mvc.perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON).content("""
                        {"occurredOn":"%s","placeCode":"%s","category":"CRIME","subcategory":"CRIME_THEFT","penalArticle":%s,
                         "penalClause":%s,"status":"VERIFIED","summary":"Trộm cắp tài sản tại nhà dân"}"""
                        .formatted(vn.xomantoan.shared.web.WebDates.format(on), AREA, article, clause))
                        .with(Users.dinhHoaOfficer()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("\\D", ""));
        incidents.add(id);
        return id;
    }

    private long alerts(long caseId, String recordId) {
        return jdbc.sql("SELECT COUNT(*) FROM eval_alert WHERE case_id = :c AND record_id = :r AND criterion_code = 'KDC-4b'")
                .param("c", caseId).param("r", recordId).query(Long.class).single();
    }

    /** An incident written without the service (as an import does row by row), reported by one event later. */
    private long insertSerious(String area, LocalDate on) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO incident (occurred_on, unit_id, place_code, category_code, subcategory_code, crime_class, serious, status,
                            summary, search_key, sort_key, created_at, created_by)
                        SELECT :on, u.id, u.code, 'CRIME', 'CRIME_ROBBERY', 'SERIOUS', TRUE, 'VERIFIED', 'Cướp giật tài sản', 'cuop giat tai san',
                            'x', :now, 'test'
                        FROM unit_version u WHERE u.code = :area AND u.valid_from <= :on AND (u.valid_to IS NULL OR u.valid_to >= :on)""")
                .param("on", on).param("area", area).param("now", java.time.LocalDateTime.now()).update(keys, "id");
        long id = keys.getKey().longValue();
        incidents.add(id);
        return id;
    }

    @Test
    void oneEventForSeveralAreasOfACommuneRaisesTheAlertsOfEachArea() {
        int year = TestDates.YEAR;
        LocalDate windowEnd = LocalDate.of(year, 10, 31);
        LocalDate on = TestDates.past(7, 20).isAfter(windowEnd) ? windowEnd : TestDates.past(7, 20);
        List<String> areas = List.of("14677-003", "14677-004");
        List<FactsRecorded.Recorded> recorded = new ArrayList<>();
        for (String area : areas) {
            recorded.add(new FactsRecorded.Recorded(String.valueOf(insertSerious(area, on)), area, on));
        }
        transactions.executeWithoutResult(status -> events.publishEvent(new FactsRecorded(recorded)));

        for (int i = 0; i < areas.size(); i++) {
            long caseId = jdbc.sql("SELECT id FROM eval_case WHERE unit_code = :u AND eval_year = :y AND state = 'MONITORING'")
                    .param("u", areas.get(i)).param("y", year).query(Long.class).single();
            String recordId = recorded.get(i).id();
            await().atMost(Duration.ofSeconds(60)).until(() -> alerts(caseId, recordId) == 1);
        }
    }

    @Test
    void aSeriousCrimeInAMonitoredAreaRaisesAnAlertOnItsCase() throws Exception {
        int year = TestDates.YEAR;
        long caseId = jdbc.sql("SELECT id FROM eval_case WHERE unit_code = :u AND eval_year = :y AND state = 'MONITORING'")
                .param("u", AREA).param("y", year).query(Long.class).single();
        LocalDate windowEnd = LocalDate.of(year, 10, 31);
        LocalDate on = TestDates.past(6, 15).isAfter(windowEnd) ? windowEnd : TestDates.past(6, 15);

        long minor = record(on, "173", "1");
        long serious = record(on, "173", "2");

        await().atMost(Duration.ofSeconds(60)).until(() -> alerts(caseId, String.valueOf(serious)) == 1);
        assertThat(alerts(caseId, String.valueOf(minor))).isZero();
        String page = mvc.perform(get("/evaluation/cases/" + caseId).with(Users.dinhHoaOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"case-alerts\"", "Tiêu chí KDC-4b không còn đạt", "/incidents/" + serious);
    }
}
