package vn.xomantoan.evaluation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.evaluation.IncidentFacts.Category;
import vn.xomantoan.evaluation.IncidentFacts.Incident;
import vn.xomantoan.evaluation.domain.CaseEvaluation;
import vn.xomantoan.evaluation.domain.EvaluationService;
import vn.xomantoan.evaluation.domain.Outcome;
import vn.xomantoan.evaluation.domain.Verdict;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine with the real fact sources of the other capabilities: the incident log, hot spots,
 * self-governing models and household commitments decide the criteria. Every test rolls back.
 */
@IntegrationTest
@Transactional
class LiveFactsTest {

    private static final String AREA = "14677-001";
    private static final String COMMUNE = "14677";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<IncidentFacts> incidentSources;
    @Autowired
    List<ModelFacts> modelSources;
    @Autowired
    List<DocumentFacts> documentSources;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    UnitCatalog units;

    private long versionOf(String code, LocalDate on) {
        return jdbc.sql("SELECT id FROM unit_version WHERE code = :c AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)")
                .param("c", code).param("d", on).query(Long.class).single();
    }

    private long incident(LocalDate on, String category, String sub, String crimeClass, String status) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO incident (occurred_on, unit_id, place_code, category_code, subcategory_code, crime_class, status,
                            summary, search_key, sort_key, created_at, created_by)
                        VALUES (:on, :unit, :place, :cat, :sub, :cls, :status, 'Vụ việc thử', 'vu viec thu', 'x', :now, 'test')""")
                .param("on", on).param("unit", versionOf(AREA, on)).param("place", AREA).param("cat", category)
                .param("sub", sub).param("cls", crimeClass).param("status", status).param("now", LocalDateTime.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private List<Incident> fetch(Collection<String> codes, LocalDate from, LocalDate to) {
        return incidentSources.stream().flatMap(s -> s.incidents(codes, from, to).stream()).toList();
    }

    @Test
    void anIncidentCountsForItsAreaAndTheCommuneItLayInAndUnverifiedSecurityEventsDoNot() {
        LocalDate on = LocalDate.of(2024, 5, 10);
        String robbery = String.valueOf(incident(on, "CRIME", "CRIME_ROBBERY", "SERIOUS", "VERIFIED"));
        String rumour = String.valueOf(incident(on, "SECURITY_EVENT", "SEC_ANTI_STATE", null, "REPORTED"));
        String leaflets = String.valueOf(incident(on, "SECURITY_EVENT", "SEC_ANTI_STATE", null, "VERIFIED"));
        String strike = String.valueOf(incident(on, "ILLEGAL_STRIKE", null, null, "CLOSED"));

        List<Incident> found = fetch(List.of(AREA, COMMUNE), on, on);

        assertThat(found).filteredOn(i -> i.id().equals(robbery)).extracting(Incident::unitCode).containsExactlyInAnyOrder(AREA, COMMUNE);
        assertThat(found).filteredOn(i -> i.id().equals(robbery)).allSatisfy(i -> {
            assertThat(i.category()).isEqualTo(Category.CRIME);
            assertThat(i.crimeClass()).isEqualTo(IncidentFacts.CrimeClass.SERIOUS);
            assertThat(i.href()).isEqualTo("/incidents/" + robbery);
        });
        assertThat(found).noneMatch(i -> i.id().equals(rumour));
        assertThat(found).filteredOn(i -> i.id().equals(leaflets) && i.unitCode().equals(AREA))
                .singleElement().satisfies(i -> assertThat(i.event()).isEqualTo(IncidentFacts.SecurityEvent.ANTI_STATE));
        assertThat(found).filteredOn(i -> i.id().equals(strike) && i.unitCode().equals(AREA))
                .singleElement().satisfies(i -> assertThat(i.event()).isEqualTo(IncidentFacts.SecurityEvent.STRIKE));
        // Another commune, or a day outside the window, does not see it.
        assertThat(fetch(List.of("14620"), on, on)).noneMatch(i -> i.id().equals(robbery));
        // Asked for every area of the province at once (as a province run does), it is still found, only in its area.
        List<String> everyArea = jdbc.sql("SELECT DISTINCT code FROM org_unit WHERE level = 'RESIDENTIAL_AREA' AND code <> :a")
                .param("a", AREA).query(String.class).list();
        assertThat(fetch(everyArea, on, on)).noneMatch(i -> i.id().equals(robbery));
        List<String> withArea = new java.util.ArrayList<>(everyArea);
        withArea.add(AREA);
        assertThat(withArea).hasSizeGreaterThan(vn.xomantoan.evaluation.PlaceMatcher.PATH_FILTER_LIMIT);
        assertThat(fetch(withArea, on, on)).filteredOn(i -> i.id().equals(robbery)).extracting(Incident::unitCode).containsExactly(AREA);
        assertThat(fetch(List.of(AREA), on.plusDays(1), on.plusDays(30))).noneMatch(i -> i.id().equals(robbery));
    }

    @Test
    void aVerifiedDrugUseCaseIsANewPersonWithASocialEvilButSuperstitionUnverifiedAndUnspecifiedReportsAreNot() {
        LocalDate on = LocalDate.of(2024, 6, 3);
        String drugs = String.valueOf(incident(on, "SOCIAL_EVIL", "SE_DRUG_USE", null, "VERIFIED"));
        String unverified = String.valueOf(incident(on, "SOCIAL_EVIL", "SE_GAMBLING", null, "REPORTED"));
        String superstition = String.valueOf(incident(on, "SOCIAL_EVIL", "SE_SUPERSTITION", null, "CLOSED"));
        // The subcategory is optional on the form: such a case is a social evil, not a new person, and must not stop the run.
        String unspecified = String.valueOf(incident(on, "SOCIAL_EVIL", null, null, "VERIFIED"));

        assertThat(fetch(List.of(AREA), on, on)).anyMatch(i -> i.id().equals(unspecified) && i.category() == Category.SOCIAL_EVIL);
        List<Incident> newPersons = fetch(List.of(AREA), on, on).stream()
                .filter(i -> i.category() == Category.NEW_SOCIAL_EVIL_PERSON).toList();

        assertThat(newPersons).extracting(Incident::id).contains(drugs).doesNotContain(unverified, superstition, unspecified);
        assertThat(incidentSources).anyMatch(s -> s.categories().contains(Category.NEW_SOCIAL_EVIL_PERSON));
    }

    @Test
    void aUnitsOwnResolutionsAndPlansOfTheYearInTheDocumentLedgerAreItsDocumentFacts() {
        int year = 2024;
        long commune = versionOf(COMMUNE, LocalDate.of(year, 3, 1));
        long area = versionOf(AREA, LocalDate.of(year, 3, 1));
        document("07-NQ/ĐU", "RESOLUTION", LocalDate.of(year, 2, 10), commune);
        document("15/KH-UBND", "PLAN", LocalDate.of(year, 4, 12), commune);
        document("02-NQ/CB", "RESOLUTION", LocalDate.of(year, 3, 2), area);
        document("16/KH-UBND", "PLAN", LocalDate.of(year - 1, 12, 20), commune);

        Map<String, List<DocumentFacts.Document>> found = documentSources.get(0).documents(List.of(COMMUNE, AREA, "14620"), year);

        assertThat(found.get(COMMUNE)).extracting(DocumentFacts.Document::number).containsExactly("07-NQ/ĐU", "15/KH-UBND");
        assertThat(found.get(AREA)).extracting(DocumentFacts.Document::kind).containsExactly(DocumentFacts.Kind.RESOLUTION);
        assertThat(found.getOrDefault("14620", List.of())).isEmpty();
        assertThat(found.get(COMMUNE).get(0).href()).startsWith("/documents/");
    }

    private void document(String number, String type, LocalDate on, long unitVersion) {
        jdbc.sql("""
                        INSERT INTO document (number, doc_type, issued_on, issuer, unit_id, summary, search_key, sort_key, created_at)
                        VALUES (:n, :t, :on, 'Đảng ủy xã', :u, 'Về công tác bảo đảm an ninh, trật tự', 'x', 'x', :now)""")
                .param("n", number).param("t", type).param("on", on).param("u", unitVersion).param("now", LocalDateTime.now()).update();
    }

    @Test
    void aNewComplexSpotCountsOnItsDesignationDateAndAnEffectiveModelForItsCommune() {
        LocalDate on = LocalDate.of(2024, 8, 20);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO hotspot (name, kind, decision_no, decision_date, authority, status, search_key, sort_key, created_at, created_by)
                        VALUES ('Quán internet cạnh chợ', 'COMPLEX_SPOT', '12/QĐ-UBND', :on, 'UBND xã', 'DESIGNATED', 'x', 'x', :now, 'test')""")
                .param("on", on).param("now", LocalDateTime.now()).update(keys, "id");
        long spot = keys.getKey().longValue();
        jdbc.sql("INSERT INTO hotspot_unit (hotspot_id, unit_id, unit_code) VALUES (:h, :u, :c)")
                .param("h", spot).param("u", versionOf(AREA, on)).param("c", AREA).update();

        assertThat(fetch(List.of(COMMUNE), on.minusDays(1), on.plusDays(1)))
                .filteredOn(i -> i.category() == Category.NEW_COMPLEX_SPOT && i.id().equals(String.valueOf(spot)))
                .singleElement().satisfies(i -> assertThat(i.label()).contains("Quán internet cạnh chợ", "20/08/2024"));
        assertThat(fetch(List.of(COMMUNE), on.plusDays(1), on.plusDays(60))).noneMatch(i -> i.id().equals(String.valueOf(spot))
                && i.category() == Category.NEW_COMPLEX_SPOT);

        keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO self_governing_model (name, model_type, unit_id, started_on, members, search_key, sort_key, created_at)
                        VALUES ('Tổ tự quản camera an ninh Xóm 1', 'SECURITY_CAMERA_NETWORK', :u, :on, 12, 'x', 'x', :now)""")
                .param("u", versionOf(AREA, on)).param("on", on).param("now", LocalDateTime.now()).update(keys, "id");
        long model = keys.getKey().longValue();
        jdbc.sql("INSERT INTO model_rating (model_id, rating_year, rating) VALUES (:m, 2024, 'GOOD'), (:m, 2023, 'WEAK')")
                .param("m", model).update();
        Map<String, List<ModelFacts.Model>> models2024 = modelSources.get(0).models(List.of(COMMUNE, "14620"), 2024);
        assertThat(models2024.get(COMMUNE)).filteredOn(m -> m.id().equals(String.valueOf(model)))
                .singleElement().satisfies(m -> assertThat(m.effective()).isTrue());
        assertThat(models2024.getOrDefault("14620", List.of())).noneMatch(m -> m.id().equals(String.valueOf(model)));
        // Not yet started in 2023.
        assertThat(modelSources.get(0).models(List.of(COMMUNE), 2023).getOrDefault(COMMUNE, List.of()))
                .noneMatch(m -> m.id().equals(String.valueOf(model)));
    }

    @Test
    void kdc1cTurnsGreenWhenEveryResidentHouseholdOfTheAreaHasRegistered() {
        int year = LocalDate.now().getYear();
        UnitView area = units.validOn(AREA, EvaluationService.referenceDate(year), UnitScope.EVERYTHING).orElseThrow();
        assertThat(kdc1c(area, year).verdict()).isEqualTo(Verdict.NOT_MET);

        long campaign = jdbc.sql("SELECT id FROM commitment_campaign WHERE eval_year = :y AND subject_kind = 'HOUSEHOLD' AND created_by = 'demo'")
                .param("y", year).query(Long.class).single();
        LocalDate deadline = LocalDate.of(year, 3, 31);
        LocalDate signedOn = LocalDate.now().isBefore(deadline) ? LocalDate.now() : deadline;
        int signed = jdbc.sql("""
                        INSERT INTO commitment (campaign_id, household_id, area_code, signed_on, signed_by, recorded_by, recorded_at)
                        SELECT :c, r.household_id, r.area_code, CASE WHEN r.valid_from > :d THEN r.valid_from ELSE :d END, r.head_name, 'test', :now
                        FROM household_resident r
                        WHERE r.area_code = :a AND (r.valid_to IS NULL OR r.valid_to >= :d)
                          AND NOT EXISTS (SELECT 1 FROM commitment k WHERE k.campaign_id = :c AND k.household_id = r.household_id)""")
                .param("c", campaign).param("a", AREA).param("d", signedOn).param("now", LocalDateTime.now()).update();
        assertThat(signed).isPositive();

        Outcome after = kdc1c(area, year);
        assertThat(after.verdict()).isEqualTo(Verdict.MET);
        assertThat(after.refs()).isEmpty();
    }

    private Outcome kdc1c(UnitView area, int year) {
        EvaluationService.RunReport report = evaluation.run(area, year, UnitScope.EVERYTHING);
        CaseEvaluation e = report.evaluations().stream().filter(x -> x.target().code().equals(AREA)).findFirst().orElseThrow();
        return e.outcomes().stream().filter(o -> o.criterionCode().equals("KDC-1c")).findFirst().orElseThrow();
    }
}
