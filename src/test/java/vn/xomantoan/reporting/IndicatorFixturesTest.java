package vn.xomantoan.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.reporting.domain.Figures;
import vn.xomantoan.reporting.domain.IndicatorEngine;
import vn.xomantoan.reporting.domain.Selection;
import vn.xomantoan.support.IntegrationTest;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-counted fixtures in 2031 (a year with no demo data), rolled back after each test: a handful of
 * activities, documents, contributions and a hot spot in two communes of today's Ninh Bình, including
 * records on the first and last day of the period, one the day after, and a central document.
 */
@IntegrationTest
@Transactional
@WithUserDetails("tinh.ninhbinh")
class IndicatorFixturesTest {

    static final LocalDate FROM = LocalDate.of(2031, 1, 1);
    static final LocalDate TO = LocalDate.of(2031, 12, 31);

    @Autowired
    IndicatorEngine engine;
    @Autowired
    JdbcClient jdbc;

    long province;
    long communeA;
    long communeB;
    long areaA;
    long areaB;

    long id(String sql, Object... args) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < args.length; i++) {
            spec = spec.param(i + 1, args[i]);
        }
        return spec.query(Long.class).single();
    }

    @BeforeEach
    void fixtures() {
        LocalDate today = LocalDate.now();
        province = id("SELECT id FROM unit_version WHERE code = '37' AND valid_to IS NULL");
        communeA = id("SELECT MIN(id) FROM unit_version WHERE parent_id = ? AND level = 'COMMUNE' AND valid_to IS NULL", province);
        communeB = id("SELECT MAX(id) FROM unit_version WHERE parent_id = ? AND level = 'COMMUNE' AND valid_to IS NULL", province);
        areaA = id("SELECT MIN(id) FROM unit_version WHERE parent_id = ? AND level = 'RESIDENTIAL_AREA' AND valid_to IS NULL", communeA);
        areaB = id("SELECT MIN(id) FROM unit_version WHERE parent_id = ? AND level = 'RESIDENTIAL_AREA' AND valid_to IS NULL", communeB);
        activity("SEMINAR", LocalDate.of(2031, 3, 1), province, null, 50, 40);
        activity("SEMINAR", TO, areaA, null, 30, 10);
        activity("PROPAGANDA_SESSION", FROM, areaB, "PAGODA", 0, 0);
        activity("PROPAGANDA_SESSION", TO.plusDays(1), areaA, "PAGODA", 20, 5);
        document("NOTICE", LocalDate.of(2031, 6, 15), province);
        document("NOTICE", LocalDate.of(2031, 6, 15), null);
        jdbc.sql("""
                        INSERT INTO contribution (kind, made_on, unit_id, purpose, amount_vnd, search_key, sort_key, created_at)
                        VALUES ('DONATION', ?, ?, 'x', 5000000, 'x', 'x', ?)""")
                .params(LocalDate.of(2031, 10, 10), areaB, LocalDateTime.now()).update();
        jdbc.sql("""
                        INSERT INTO contribution (kind, made_on, unit_id, purpose, participants, hours, search_key, sort_key, created_at)
                        VALUES ('VOLUNTEER_WORK', ?, ?, 'x', 10, 40, 'x', 'x', ?)""")
                .params(LocalDate.of(2031, 4, 4), communeA, LocalDateTime.now()).update();
        jdbc.sql("""
                        INSERT INTO hotspot (name, kind, decision_no, decision_date, authority, status, search_key, sort_key, created_at, created_by)
                        VALUES ('Điểm thử', 'COMPLEX_SPOT', '1/QĐ', ?, 'x', 'DESIGNATED', 'x', 'x', ?, 'test')""")
                .params(LocalDate.of(2031, 5, 5), LocalDateTime.now()).update();
        long hotspot = id("SELECT MAX(id) FROM hotspot");
        for (long area : new long[]{areaA, areaB}) {
            jdbc.sql("INSERT INTO hotspot_unit (hotspot_id, unit_id, unit_code) SELECT ?, id, code FROM unit_version WHERE id = ?")
                    .params(hotspot, area).update();
        }
        assertThat(today).isBefore(FROM);
    }

    void activity(String type, LocalDate on, long unit, String venue, int people, int women) {
        jdbc.sql("""
                        INSERT INTO activity (activity_type, held_on, unit_id, venue_kind, title, participants, women, search_key, sort_key, created_at)
                        VALUES (?, ?, ?, ?, 'Hoạt động thử', ?, ?, 'x', 'x', ?)""")
                .params(type, on, unit, venue, people, women, LocalDateTime.now()).update();
    }

    void document(String type, LocalDate on, Long unit) {
        jdbc.sql("""
                        INSERT INTO document (number, doc_type, issued_on, issuer, unit_id, summary, search_key, sort_key, created_at)
                        VALUES ('1/TB', ?, ?, 'x', ?, 'x', 'x', 'x', ?)""")
                .params(type, on, unit, LocalDateTime.now()).update();
    }

    Figures figures(LocalDate from, LocalDate to) {
        Selection s = engine.select("37", from, to, LocalDate.now());
        return engine.compute(s, true);
    }

    @Test
    void eachIndicatorMatchesTheHandCount() {
        Figures f = figures(FROM, TO);
        String a = String.valueOf(communeA);
        String b = String.valueOf(communeB);
        assertThat(f.total("activities.SEMINAR")).isEqualTo(2);
        assertThat(f.get("activities.SEMINAR").child(a)).isEqualTo(1);
        assertThat(f.total("activities.SEMINAR.province")).isEqualTo(1);
        assertThat(f.total("activities.SEMINAR.provinceWomen")).isEqualTo(40);
        assertThat(f.total("activities.participants")).isEqualTo(80);
        assertThat(f.total("activities.PROPAGANDA_SESSION")).isEqualTo(1);
        assertThat(f.get("activities.PROPAGANDA_SESSION").child(b)).isEqualTo(1);
        assertThat(f.get("activities.PROPAGANDA_SESSION").child(a)).isZero();
        assertThat(f.total("activities.PROPAGANDA_SESSION.religiousVenues")).isEqualTo(1);
        assertThat(f.total("documents.NOTICE")).isEqualTo(1);
        assertThat(f.total("documents.NOTICE.PROVINCE")).isEqualTo(1);
        assertThat(f.total("contributions.donationsVnd")).isEqualTo(5_000_000);
        assertThat(f.get("contributions.donationsVnd").child(b)).isEqualTo(5_000_000);
        assertThat(f.total("contributions.volunteerHours")).isEqualTo(40);
        assertThat(f.get("contributions.volunteerHours").child(a)).isEqualTo(40);
        // One hot spot over two communes: once for the province, once for each commune.
        assertThat(f.total("hotspots.designated")).isEqualTo(1);
        assertThat(f.get("hotspots.designated").child(a)).isEqualTo(1);
        assertThat(f.get("hotspots.designated").child(b)).isEqualTo(1);
        assertThat(f.total("incidents.total")).isZero();
        assertThat(f.has("evaluation.recognisedAreasPercent")).isFalse();
    }

    @Test
    void periodEndsAreInclusiveAndTheNextDayIsOut() {
        Figures inner = figures(FROM.plusDays(1), TO.minusDays(1));
        assertThat(inner.total("activities.SEMINAR")).isEqualTo(1);
        assertThat(inner.total("activities.PROPAGANDA_SESSION")).isZero();
        Figures next = figures(TO.plusDays(1), TO.plusDays(1));
        assertThat(next.total("activities.PROPAGANDA_SESSION")).isEqualTo(1);
        assertThat(next.total("activities.SEMINAR")).isZero();
    }

    @Test
    void aCommuneSeesOnlyItsOwnRecords() {
        String code = jdbc.sql("SELECT code FROM unit_version WHERE id = ?").param(1, communeA).query(String.class).single();
        Figures f = engine.compute(engine.select(code, FROM, TO, LocalDate.now()), true);
        assertThat(f.total("activities.SEMINAR")).isEqualTo(1);
        assertThat(f.total("activities.PROPAGANDA_SESSION")).isZero();
        assertThat(f.total("contributions.volunteerHours")).isEqualTo(40);
        assertThat(f.total("hotspots.designated")).isEqualTo(1);
    }
}
