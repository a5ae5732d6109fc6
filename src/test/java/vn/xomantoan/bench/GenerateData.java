package vn.xomantoan.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.evaluation.domain.EvaluationRuns;
import vn.xomantoan.evaluation.domain.EvaluationService;
import vn.xomantoan.support.Externals;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data generator, run on purpose (see docs/performance.md): on top of the demo data of Ninh Bình,
 * {@code -Dgen.size=province} brings today's Ninh Bình to about 1.3 million households, and
 * {@code -Dgen.size=country} gives every commune of the country its residential areas and the country
 * about 28 million households; both add key people, commitments, three years of incidents and a year
 * of activities, then run the yearly evaluation of last year for every province filled (set
 * {@code -Dgen.evaluate=false} to skip it). {@code -Dgen.households=N} changes the household total.
 * Runs once per database: a second run finds the households there and stops.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
// As installed: a large run reads its coverage beside the other sources (the test profile turns that off for fixtures).
@org.springframework.test.context.TestPropertySource(properties = "xomantoan.evaluation.concurrent-facts=true")
class GenerateData {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    AuditLog audit;
    @Autowired
    EvaluationRuns runs;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    UnitCatalog units;

    @Test
    void generate() {
        SyntheticCountry.Size size = SyntheticCountry.Size.named(System.getProperty("gen.size", "province"));
        if (System.getProperty("gen.households") != null) {
            size = size.withHouseholds(Long.getLong("gen.households"));
        }
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("generator", null, List.of()));
        boolean postgres = Externals.onPostgres();
        if (postgres) {
            jdbc.sql("ANALYZE").update();
        }
        long before = jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single();
        if (before >= size.households() * 9 / 10) {
            System.out.printf("GEN the database already holds %,d households: nothing generated%n", before);
            return;
        }
        long started = System.nanoTime();
        SyntheticCountry generator = new SyntheticCountry(jdbc, template, postgres, LocalDate.now(),
                n -> System.out.printf("GEN households %,d after %,d s%n", n, (System.nanoTime() - started) / 1_000_000_000));
        SyntheticCountry.Result result = generator.generate(size);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("size", size.name());
        counts.put("areasCreated", result.areasCreated());
        counts.put("areasFilled", result.areasFilled());
        counts.put("households", result.householdsAdded());
        counts.put("commitments", result.commitmentsAdded());
        counts.put("keyPeople", result.keyPeopleAdded());
        counts.put("incidents", result.incidentsAdded());
        counts.put("activities", result.activitiesAdded());
        audit.record(AuditAction.IMPORT, "Household", null, "Sinh dữ liệu tổng hợp để đo hiệu năng (" + size.name() + ")", null, counts);
        System.out.printf("GEN %s in %,d s%n", counts, result.millis() / 1000);

        if (Boolean.parseBoolean(System.getProperty("gen.evaluate", "true"))) {
            int year = LocalDate.now().getYear() - 1;
            List<UnitView> provinces = ProvinceRuns.provinces(jdbc, units, EvaluationService.referenceDate(year),
                    size.wholeCountry() ? null : SyntheticCountry.PROVINCE);
            long t = System.nanoTime();
            ProvinceRuns.asAdministrator(accounts);
            int evaluated = ProvinceRuns.evaluate(runs, provinces, year);
            System.out.printf("GEN evaluated %,d units of %d provinces for %d in %,d s%n", evaluated, provinces.size(), year,
                    (System.nanoTime() - t) / 1_000_000_000);
        }
        long after = jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single();
        assertThat(after).isGreaterThanOrEqualTo(size.households() * 9 / 10);
    }
}
