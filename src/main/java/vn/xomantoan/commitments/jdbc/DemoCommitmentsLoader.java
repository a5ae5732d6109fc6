package vn.xomantoan.commitments.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xomantoan.commitments.CriteriaSet;
import vn.xomantoan.commitments.SubjectKind;
import vn.xomantoan.commitments.domain.Campaign;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Demo campaigns: 2015 and 2016 household commitments of the old Tỉnh Ninh Bình (Circular 23) and
 * last year's and this year's household registration of today's Tỉnh Ninh Bình (Circular 124), with realistic but
 * incomplete coverage and a few breaches. Runs after the households' demo data (order 30).
 *
 * <p>Who signed and when is decided in SQL from fixed hash expressions of the household and area
 * ids (deterministic, like a fixed random seed), so the load is one INSERT ... SELECT per campaign:
 * about three areas in four complete, one in six at 80–99%, the rest lower; dates mostly in the
 * first quarter, about one household in twelve late; households that moved in after the deadline
 * sign within or just after their grace period. The demo area head's own area (Xóm 1 of Xã Định
 * Hóa) is left with households to tick this year.
 */
@Component
@Order(40)
class DemoCommitmentsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCommitmentsLoader.class);
    static final String DEMO_AREA = "14677-001";
    private static final List<String> BREACHES = List.of(
            "Để người thân trong gia đình tham gia đánh bạc, đã bị Công an xã xử phạt vi phạm hành chính.",
            "Đốt rơm rạ sát khu dân cư gây cháy lan sang nhà bên cạnh.",
            "Gây mất trật tự công cộng, xô xát với hàng xóm do mâu thuẫn về ranh giới đất.",
            "Lấn chiếm lòng đường, đổ phế thải xây dựng ra đường liên xóm.");

    private final JdbcClient jdbc;
    private final UnitCatalog units;
    private final TransactionTemplate tx;
    private final boolean enabled;

    DemoCommitmentsLoader(JdbcClient jdbc, UnitCatalog units, TransactionTemplate tx,
                          @Value("${xomantoan.demo.enabled:false}") boolean enabled) {
        this.jdbc = jdbc;
        this.units = units;
        this.tx = tx;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        tx.executeWithoutResult(s -> {
            if (count("commitment_campaign") == 0) {
                createCampaigns();
            }
            if (count("commitment") == 0 && count("household_resident") > 0) {
                int signed = 0;
                for (Campaign c : demoCampaigns()) {
                    long t = System.nanoTime();
                    int n = sign(c);
                    signed += n;
                    log.info("Demo commitments {}: {} households in {} ms", c.year(), n, (System.nanoTime() - t) / 1_000_000);
                }
                int breaches = breaches();
                unitCampaigns();
                log.info("Demo commitments: {} households signed, {} breaches in {} ms", signed, breaches,
                        (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private void createCampaigns() {
        int thisYear = LocalDate.now().getYear();
        Optional<UnitView> oldProvince = units.validOn("37", LocalDate.of(2016, 3, 31), UnitScope.EVERYTHING);
        Optional<UnitView> province = units.validOn("37", LocalDate.now(), UnitScope.EVERYTHING);
        if (oldProvince.isEmpty() || province.isEmpty()) {
            log.warn("Demo commitments skipped: Tỉnh Ninh Bình not found");
            return;
        }
        campaign(2015, oldProvince.get(), "Đợt ký cam kết thực hiện phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2015");
        campaign(2016, oldProvince.get(), "Đợt ký cam kết thực hiện phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2016");
        // Last year too, for the evaluation's year-on-year story (today's province: its areas carry their codes).
        campaign(thisYear - 1, province.get(), "Đợt đăng ký tham gia xây dựng khu dân cư an toàn về an ninh, trật tự năm " + (thisYear - 1));
        campaign(thisYear, province.get(), "Đợt đăng ký tham gia xây dựng khu dân cư an toàn về an ninh, trật tự năm " + thisYear);
    }

    private Long campaign(int year, UnitView owner, String name) {
        return campaign(year, SubjectKind.HOUSEHOLD, owner, name);
    }

    private Long campaign(int year, SubjectKind kind, UnitView owner, String name) {
        CriteriaSet criteria = CriteriaSet.forYear(year);
        Long template = jdbc.sql("SELECT id FROM commitment_template WHERE criteria_set = :c AND subject_kind = :kind "
                        + "ORDER BY version DESC LIMIT 1")
                .param("c", criteria.name()).param("kind", kind.name()).query(Long.class).optional().orElse(null);
        if (template == null) {
            return null;
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO commitment_campaign (eval_year, subject_kind, owner_unit_id, name, deadline, grace_days, criteria_set,
                            template_id, search_key, created_at, created_by)
                        VALUES (:year, :kind, :owner, :name, :deadline, :grace, :criteria, :template, :sk, :at, 'demo')""")
                .param("year", year).param("kind", kind.name()).param("owner", owner.id()).param("name", name)
                .param("deadline", Campaign.defaultDeadline(year)).param("grace", Campaign.DEFAULT_GRACE_DAYS)
                .param("criteria", criteria.name()).param("template", template)
                .param("sk", VietnameseText.searchKey(name + " " + owner.name())).param("at", LocalDateTime.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * This year's registrations of areas, agencies, enterprises and schools, and the figures they report
     * (staff briefed and committed, subordinate units with a title, the security force's rating), so the
     * evaluation's staff and force criteria have something to read: most meet them, a few do not.
     */
    private void unitCampaigns() {
        int year = LocalDate.now().getYear();
        UnitView province = units.validOn("37", LocalDate.now(), UnitScope.EVERYTHING).orElse(null);
        if (province == null) {
            return;
        }
        LocalDate deadline = Campaign.defaultDeadline(year);
        LocalDate on = LocalDate.now().isBefore(deadline) ? LocalDate.now() : deadline;
        Map<SubjectKind, String> names = Map.of(
                SubjectKind.RESIDENTIAL_AREA, "Đăng ký xây dựng khu dân cư đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm ",
                SubjectKind.AGENCY, "Đăng ký cơ quan đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm ",
                SubjectKind.ENTERPRISE, "Đăng ký doanh nghiệp đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm ",
                SubjectKind.SCHOOL, "Đăng ký cơ sở giáo dục đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm ");
        for (SubjectKind kind : List.of(SubjectKind.RESIDENTIAL_AREA, SubjectKind.AGENCY, SubjectKind.ENTERPRISE, SubjectKind.SCHOOL)) {
            Long id = campaign(year, kind, province, names.get(kind) + year);
            if (id == null) {
                continue;
            }
            String unitFilter = kind == SubjectKind.RESIDENTIAL_AREA ? "u.level = 'RESIDENTIAL_AREA'"
                    : "u.level = 'ESTABLISHMENT' AND u.unit_type = '" + kind.name() + "'";
            int signed = jdbc.sql("""
                            INSERT INTO unit_commitment (campaign_id, unit_code, signed_on, signed_by, recorded_by, recorded_at)
                            SELECT :c, u.code, LEAST(CAST(:jan AS DATE) + CAST(MOD(u.id * 7, 80) AS INTEGER), CAST(:on AS DATE)),
                                   CASE WHEN u.level = 'RESIDENTIAL_AREA' THEN 'Trưởng ban công tác Mặt trận' ELSE 'Thủ trưởng đơn vị' END,
                                   'demo', :now
                            FROM unit_version u
                            WHERE %s AND u.path LIKE :owner AND u.valid_from <= :on AND (u.valid_to IS NULL OR u.valid_to >= :on)
                              AND MOD(u.id * 17, 100) < 96""".formatted(unitFilter))
                    .param("c", id).param("jan", LocalDate.of(year, 1, 5)).param("on", on).param("now", LocalDateTime.now())
                    .param("owner", province.path() + "%").update();
            String rating = "CASE WHEN MOD(u.id * 29, 100) < 3 THEN 'NOT_COMPLETED' WHEN MOD(u.id * 29, 100) < 35 THEN 'COMPLETED' "
                    + "WHEN MOD(u.id * 29, 100) < 85 THEN 'GOOD' ELSE 'EXCELLENT' END";
            String staff = kind == SubjectKind.RESIDENTIAL_AREA
                    ? "CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), CAST(NULL AS INTEGER)"
                    : "20 + MOD(u.id * 13, 300), 20 + MOD(u.id * 13, 300) - CASE WHEN MOD(u.id * 19, 100) < 6 THEN 1 + MOD(u.id, 4) ELSE 0 END, "
                    + "20 + MOD(u.id * 13, 300) - CASE WHEN MOD(u.id * 23, 100) < 5 THEN 1 + MOD(u.id, 3) ELSE 0 END, "
                    + "4 + MOD(u.id, 9), CASE WHEN MOD(u.id * 31, 100) < 8 THEN 1 ELSE 4 + MOD(u.id, 9) - MOD(u.id, 2) END, 0";
            int figures = jdbc.sql("""
                            INSERT INTO unit_year_figures (campaign_id, unit_code, headcount, briefed, committed, subunits, subunits_titled,
                                disciplined_individuals, force_rating, force_disciplined, rated_by, recorded_by, recorded_at)
                            SELECT k.campaign_id, k.unit_code, %s, %s,
                                   CASE WHEN MOD(u.id * 41, 100) < 2 THEN 1 ELSE 0 END, 'Công an xã', 'demo', :now
                            FROM unit_commitment k JOIN unit_version u ON u.code = k.unit_code
                                 AND u.valid_from <= k.signed_on AND (u.valid_to IS NULL OR u.valid_to >= k.signed_on)
                            WHERE k.campaign_id = :c""".formatted(staff, rating))
                    .param("c", id).param("now", LocalDateTime.now()).update();
            log.info("Demo unit campaign {} {}: {} units registered, {} with figures", kind, year, signed, figures);
        }
    }

    private List<Campaign> demoCampaigns() {
        return jdbc.sql("""
                        SELECT c.id, c.eval_year, c.owner_unit_id, o.path, c.deadline, c.grace_days FROM commitment_campaign c
                        JOIN unit_version o ON o.id = c.owner_unit_id WHERE c.created_by = 'demo' AND c.subject_kind = 'HOUSEHOLD'
                        ORDER BY c.eval_year""")
                .query((rs, i) -> new Campaign(rs.getLong("id"), rs.getInt("eval_year"), SubjectKind.HOUSEHOLD, rs.getLong("owner_unit_id"),
                        null, null, rs.getString("path"), null, rs.getDate("deadline").toLocalDate(), rs.getInt("grace_days"),
                        CriteriaSet.forYear(rs.getInt("eval_year")), 0, null, 0, null, 0))
                .list();
    }

    /**
     * Two set-based inserts: the households resident on the deadline sign in the first quarter (some
     * late, in the areas that are behind), wherever they live later; then those resident on the
     * evaluation date who have not signed yet, movers within their grace period (one in fifty after it).
     */
    private int sign(Campaign c) {
        LocalDate today = LocalDate.now();
        LocalDate e = c.windowEnd().isBefore(today) ? c.windowEnd() : today;
        LocalDate jan1 = LocalDate.of(c.year(), 1, 1);
        int quarterDays = (int) (c.deadline().toEpochDay() - jan1.toEpochDay()) + 1;
        String inQuarter = "CAST(:jan1 AS DATE) + CAST(MOD(r.household_id * 7 + :salt, :qdays) AS INTEGER)";
        String lateHere = "MOD(r.household_id * 13 + :salt, 100) < 8 AND MOD(a.id * 31 + :salt, 100) >= 74";
        String atDeadline = "LEAST(CASE "
                + "WHEN " + lateHere + " THEN CAST(:dl AS DATE) + CAST(1 + MOD(r.household_id, 75) AS INTEGER) "
                + "WHEN r.valid_from > " + inQuarter + " THEN r.valid_from ELSE " + inQuarter + " END, CAST(:today AS DATE))";
        String later = "LEAST(CASE "
                + "WHEN r.valid_from > :dl AND MOD(r.household_id, 50) = 7 THEN r.valid_from + CAST(:grace + 1 + MOD(r.household_id, 9) AS INTEGER) "
                + "WHEN r.valid_from > :dl THEN r.valid_from + CAST(MOD(r.household_id * 3, :grace + 1) AS INTEGER) "
                + "WHEN " + lateHere + " THEN CAST(:dl AS DATE) + CAST(1 + MOD(r.household_id, 75) AS INTEGER) "
                + "ELSE " + inQuarter + " END, CAST(:today AS DATE))";
        String share = "CASE WHEN r.area_code = :demoArea AND :current = 1 THEN 60 "
                + "WHEN MOD(a.id * 31 + :salt, 100) < 74 THEN 100 "
                + "WHEN MOD(a.id * 31 + :salt, 100) < 91 THEN 80 + MOD(a.id, 20) ELSE 45 + MOD(a.id, 35) END";
        int signed = 0;
        for (String[] pass : new String[][]{{atDeadline, ":dl"}, {later, ":e"}}) {
            String on = pass[1];
            if (on.equals(":dl") && c.deadline().isAfter(today)) {
                continue;
            }
            signed += jdbc.sql("INSERT INTO commitment (campaign_id, household_id, area_code, signed_on, signed_by, recorded_by, recorded_at) "
                            + "SELECT :camp, r.household_id, r.area_code, " + pass[0] + ", r.head_name, 'demo', :now "
                            + "FROM household_resident r JOIN unit_version a ON a.code = r.area_code AND a.level = 'RESIDENTIAL_AREA' "
                            + "AND a.valid_from <= " + on + " AND (a.valid_to IS NULL OR a.valid_to >= " + on + ") AND a.path LIKE :owner "
                            + "WHERE r.valid_from <= " + on + " AND (r.valid_to IS NULL OR r.valid_to >= " + on + ") "
                            + "AND (r.moved_out IS NULL OR r.moved_out >= " + on + ") "
                            + "AND NOT EXISTS (SELECT 1 FROM commitment k WHERE k.campaign_id = :camp AND k.household_id = r.household_id) "
                            + "AND MOD(r.household_id * 37 + :salt, 100) < " + share)
                    .param("camp", c.id()).param("dl", c.deadline()).param("grace", c.graceDays()).param("salt", c.year() % 97)
                    .param("jan1", jan1).param("qdays", quarterDays).param("today", today).param("now", LocalDateTime.now())
                    .param("e", e).param("owner", c.ownerPath() + "%").param("demoArea", DEMO_AREA)
                    .param("current", c.year() == today.getYear() ? 1 : 0)
                    .update();
        }
        return signed;
    }

    private int breaches() {
        StringBuilder text = new StringBuilder("CASE MOD(k.household_id, ").append(BREACHES.size()).append(")");
        for (int i = 0; i < BREACHES.size(); i++) {
            text.append(" WHEN ").append(i).append(" THEN :text").append(i);
        }
        text.append(" END");
        var statement = jdbc.sql("INSERT INTO commitment_breach (campaign_id, household_id, area_code, occurred_on, description, "
                        + "recorded_by, recorded_at) "
                        + "SELECT k.campaign_id, k.household_id, k.area_code, LEAST(k.signed_on + CAST(40 + MOD(k.household_id, 150) AS INTEGER), "
                        + "CAST(:today AS DATE)), " + text + ", 'demo', :now FROM commitment k "
                        + "WHERE MOD(k.household_id * 11 + k.campaign_id, 400) = 0 AND k.area_code <> :demoArea")
                .param("today", LocalDate.now()).param("now", LocalDateTime.now()).param("demoArea", DEMO_AREA);
        for (int i = 0; i < BREACHES.size(); i++) {
            statement = statement.param("text" + i, BREACHES.get(i));
        }
        return statement.update();
    }
}
