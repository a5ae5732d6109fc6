package vn.xomantoan.households.domain;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.ChangeStamp;
import vn.xomantoan.households.Gender;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.units.UnitCatalog;

import javax.sql.DataSource;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The household list keeps its total (a province count is a scan) until a change is recorded: a
 * household registered through the product is in the next count, and a search counts on its own.
 */
@IntegrationTest
@Transactional
class HouseholdCountCacheTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ChangeStamp changes;
    @Autowired
    HouseholdService households;
    @Autowired
    UnitCatalog units;

    @Test
    @WithUserDetails("xa.dinhhoa")
    void theProvinceTotalFollowsARegistrationAndASearchIsCountedOnItsOwn() {
        HouseholdQueries cached = new HouseholdQueries(jdbc, dataSource, changes, 10);
        HouseholdQueries uncached = new HouseholdQueries(jdbc, dataSource, changes, 0);
        LocalDate today = LocalDate.now();
        String province = units.validOn("37", today, UnitScope.EVERYTHING).orElseThrow().path();
        HouseholdSearch all = new HouseholdSearch(province, null, today, null, 0, 20);
        HouseholdSearch byName = new HouseholdSearch(province, null, today, "Lò Văn Đếm Thử", 0, 20);

        long before = cached.search(all, UnitScope.EVERYTHING).total();
        assertThat(before).isEqualTo(uncached.search(all, UnitScope.EVERYTHING).total()).isPositive();
        assertThat(cached.search(byName, UnitScope.EVERYTHING).total()).isZero();

        households.register("14677-001", today.minusDays(3),
                new HouseholdDraft("Lò Văn Đếm Thử", Gender.MALE, "Số 9", null, 3, null, null));

        assertThat(cached.search(all, UnitScope.EVERYTHING).total()).isEqualTo(before + 1);
        assertThat(cached.search(byName, UnitScope.EVERYTHING).total()).isEqualTo(1);
        assertThat(cached.search(byName, UnitScope.EVERYTHING).items()).extracting(HouseholdRow::headName)
                .containsExactly("Lò Văn Đếm Thử");
    }
}
