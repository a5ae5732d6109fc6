package vn.xomantoan.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.reporting.domain.Figures;
import vn.xomantoan.reporting.domain.IndicatorEngine;
import vn.xomantoan.reporting.domain.Selection;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The same period seen in the hierarchy of 2016 and of today (across the 2025 reform), and the reverse. */
@IntegrationTest
@WithUserDetails("tinh.ninhbinh")
class HierarchyDateTest {

    static final LocalDate FROM = LocalDate.of(2015, 5, 1);
    static final LocalDate TO = LocalDate.of(2016, 10, 31);

    @Autowired
    IndicatorEngine engine;
    @Autowired
    UnitCatalog units;
    @Autowired
    AccessScope access;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static long sumOfChildren(Figures f, String id) {
        return f.get(id).byChild().values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void inTheHierarchyOfThePeriodTheProvinceHasEightDistricts() {
        Selection s = engine.select("37", FROM, TO, null);
        assertThat(s.asOf()).isEqualTo(TO);
        assertThat(s.children()).hasSize(8).allMatch(c -> c.level() == UnitLevel.DISTRICT);
        Figures f = engine.compute(s, true);
        assertThat(f.total("units.residentialAreas")).isEqualTo(1684);
        assertThat(sumOfChildren(f, "units.residentialAreas")).isEqualTo(1684);
        assertThat(sumOfChildren(f, "activities.PROPAGANDA_SESSION")).isEqualTo(150);
        // Households living in the province on the last day, counted row by row.
        long households = jdbc.sql("""
                        SELECT COUNT(*) FROM household_resident r JOIN unit_version u ON u.code = r.area_code
                          AND u.level = 'RESIDENTIAL_AREA' AND u.valid_from <= :d AND (u.valid_to IS NULL OR u.valid_to >= :d)
                        WHERE r.valid_from <= :d AND (r.valid_to IS NULL OR r.valid_to >= :d) AND u.path LIKE :p""")
                .param("d", TO).param("p", s.unit().path() + "%").query(Long.class).single();
        assertThat(households).isPositive();
        assertThat(f.total("households.count")).isEqualTo(households);
        assertThat(sumOfChildren(f, "households.count")).isEqualTo(households);
    }

    @Test
    void todaysProvinceRollsTheOldRecordsUpIntoItsCommunes() {
        LocalDate today = LocalDate.now();
        Selection s = engine.select("37", FROM, TO, today);
        assertThat(s.children()).hasSize(129).allMatch(c -> c.level() == UnitLevel.COMMUNE);
        Figures f = engine.compute(s, true);
        // The same sessions, now under the new province and (area by area) under today's communes.
        assertThat(f.total("activities.PROPAGANDA_SESSION")).isEqualTo(150);
        assertThat(f.total("exemplars.PROVINCE_LIST")).isEqualTo(80);
        long attributed = sumOfChildren(f, "activities.PROPAGANDA_SESSION");
        assertThat(attributed).isPositive().isLessThanOrEqualTo(150);
        // Stock figures follow the hierarchy date.
        UnitView now = s.unit();
        assertThat(f.total("units.residentialAreas"))
                .isEqualTo(units.descendantCounts(now, today).get(UnitLevel.RESIDENTIAL_AREA))
                .isNotEqualTo(1684L);
    }

    @Test
    void todaysRecordsSplitBackByTheOldProvinceWhereAreasCarryOver() {
        LocalDate today = LocalDate.now();
        LocalDate from = today.withDayOfYear(1);
        Figures now = engine.compute(engine.select("37", from, today, today), false);
        Selection old = engine.select("37", from, today, TO);
        assertThat(old.unit().validTo()).isNotNull();
        assertThat(old.children()).hasSize(8);
        Figures back = engine.compute(old, true);
        assertThat(now.total("incidents.total")).isPositive();
        assertThat(back.total("incidents.total")).isPositive().isLessThan(now.total("incidents.total"));
        assertThat(sumOfChildren(back, "incidents.total")).isEqualTo(back.total("incidents.total"));
    }

    @Test
    void previousPeriodOfWholeMonthsIsTheSameNumberOfMonthsBefore() {
        Selection s = engine.select("37", FROM, TO, null);
        Selection p = engine.previous(s);
        assertThat(p.from()).isEqualTo(LocalDate.of(2013, 11, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2015, 4, 30));
        Selection y = engine.previous(engine.select("37", LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), null));
        assertThat(y.from()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(y.to()).isEqualTo(LocalDate.of(2015, 12, 31));
    }
}
