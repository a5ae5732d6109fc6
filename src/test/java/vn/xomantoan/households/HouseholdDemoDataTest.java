package vn.xomantoan.households;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.support.IntegrationTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo fills every residential area of Ninh Bình, in 2016 and today, with households and key people. */
@IntegrationTest
class HouseholdDemoDataTest {

    static final LocalDate OCT_2016 = LocalDate.of(2016, 10, 15);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    HouseholdApi households;

    private List<Map<String, Object>> householdsPerArea(LocalDate date) {
        return jdbc.sql("""
                        SELECT u.code, COUNT(r.household_id) AS n FROM unit_version u
                        LEFT JOIN household_residence r ON r.area_code = u.code AND r.valid_from <= :d AND (r.valid_to IS NULL OR r.valid_to >= :d)
                        WHERE u.level = 'RESIDENTIAL_AREA' AND u.valid_from <= :d AND (u.valid_to IS NULL OR u.valid_to >= :d)
                        GROUP BY u.code""").param("d", date).query().listOfRows();
    }

    @Test
    void everyResidentialAreaOf2016AndOfTodayHasHouseholds() {
        List<Map<String, Object>> in2016 = householdsPerArea(OCT_2016);
        assertThat(in2016).hasSize(1684);
        assertThat(in2016).allSatisfy(row -> assertThat(((Number) row.get("n")).intValue()).isBetween(10, 60));
        List<Map<String, Object>> today = householdsPerArea(LocalDate.now());
        assertThat(today.size()).isGreaterThan(1684);
        assertThat(today).allSatisfy(row -> assertThat(((Number) row.get("n")).intValue()).isPositive());
    }

    @Test
    void mostHouseholdsLiveThereSinceTheAreaExistedAndSomeMovedWithinTheirCommune() {
        long households = jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single();
        long moved = jdbc.sql("SELECT COUNT(*) FROM (SELECT household_id FROM household_residence GROUP BY household_id HAVING COUNT(*) > 1) m")
                .query(Long.class).single();
        long movedOut = jdbc.sql("SELECT COUNT(*) FROM household WHERE moved_out IS NOT NULL").query(Long.class).single();
        long sinceStart = jdbc.sql("SELECT COUNT(*) FROM household WHERE moved_in = DATE '2012-11-29'").query(Long.class).single();
        assertThat(moved).isGreaterThan(households / 100);
        assertThat(movedOut).isGreaterThan(households / 100);
        assertThat(sinceStart).isGreaterThan(jdbc.sql("SELECT COUNT(*) FROM household_residence WHERE area_code LIKE '14%'")
                .query(Long.class).single() / 2);
        long crossCommune = jdbc.sql("""
                        SELECT COUNT(*) FROM household_residence a JOIN household_residence b
                          ON b.household_id = a.household_id AND b.valid_from > a.valid_from
                        WHERE SUBSTRING(a.area_code, 1, 5) <> SUBSTRING(b.area_code, 1, 5)""").query(Long.class).single();
        assertThat(crossCommune).isZero();
    }

    @Test
    void aboutOneInFiveSecretariesAndHeadsAreWomenAndKimSonHasManyReligiousDignitaries() {
        KeyPersonCounts counts = households.keyPeopleCounts("37", OCT_2016, UnitScope.EVERYTHING).orElseThrow();
        long leaders = counts.total(KeyPersonRole.PARTY_CELL_SECRETARY) + counts.total(KeyPersonRole.AREA_HEAD);
        long women = counts.count(KeyPersonRole.PARTY_CELL_SECRETARY, Gender.FEMALE) + counts.count(KeyPersonRole.AREA_HEAD, Gender.FEMALE);
        assertThat(counts.total(KeyPersonRole.AREA_HEAD)).isEqualTo(1684);
        assertThat((double) women / leaders).isBetween(0.10, 0.25);
        KeyPersonCounts kimSon = households.keyPeopleCounts("376", OCT_2016, UnitScope.EVERYTHING).orElseThrow();
        long dignitaries = jdbc.sql("""
                        SELECT COUNT(*) FROM key_person WHERE respected_kind = 'RELIGIOUS_DIGNITARY' AND unit_code LIKE '146%'""")
                .query(Long.class).single();
        assertThat(kimSon.total(KeyPersonRole.RESPECTED_PERSON)).isGreaterThan(200);
        assertThat(dignitaries).isGreaterThan(100);
        assertThat(counts.total(KeyPersonRole.SECURITY_TEAM_MEMBER)).isZero();
        assertThat(households.keyPeopleCounts("37", LocalDate.now(), UnitScope.EVERYTHING).orElseThrow()
                .total(KeyPersonRole.SECURITY_TEAM_MEMBER)).isGreaterThan(1684 * 3);
    }
}
