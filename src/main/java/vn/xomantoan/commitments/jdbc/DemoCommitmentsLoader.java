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

    private void campaign(int year, UnitView owner, String name) {
        CriteriaSet criteria = CriteriaSet.forYear(year);
        Long template = jdbc.sql("SELECT id FROM commitment_template WHERE criteria_set = :c AND subject_kind = 'HOUSEHOLD' "
                        + "ORDER BY version DESC LIMIT 1")
                .param("c", criteria.name()).query(Long.class).optional().orElse(null);
        if (template == null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO commitment_campaign (eval_year, subject_kind, owner_unit_id, name, deadline, grace_days, criteria_set,
                            template_id, search_key, created_at, created_by)
                        VALUES (:year, :kind, :owner, :name, :deadline, :grace, :criteria, :template, :sk, :at, 'demo')""")
                .param("year", year).param("kind", SubjectKind.HOUSEHOLD.name()).param("owner", owner.id()).param("name", name)
                .param("deadline", Campaign.defaultDeadline(year)).param("grace", Campaign.DEFAULT_GRACE_DAYS)
                .param("criteria", criteria.name()).param("template", template)
                .param("sk", VietnameseText.searchKey(name + " " + owner.name())).param("at", LocalDateTime.now())
                .update(new GeneratedKeyHolder(), "id");
    }

    private List<Campaign> demoCampaigns() {
        return jdbc.sql("""
                        SELECT c.id, c.eval_year, c.owner_unit_id, o.path, c.deadline, c.grace_days FROM commitment_campaign c
                        JOIN unit_version o ON o.id = c.owner_unit_id WHERE c.created_by = 'demo' ORDER BY c.eval_year""")
                .query((rs, i) -> new Campaign(rs.getLong("id"), rs.getInt("eval_year"), SubjectKind.HOUSEHOLD, rs.getLong("owner_unit_id"),
                        null, null, rs.getString("path"), null, rs.getDate("deadline").toLocalDate(), rs.getInt("grace_days"),
                        CriteriaSet.forYear(rs.getInt("eval_year")), 0, null, 0, null, 0))
                .list();
    }

    /** One set-based insert: the households resident on the evaluation date in the owner's areas, some of them signed. */
    private int sign(Campaign c) {
        LocalDate today = LocalDate.now();
        LocalDate e = c.windowEnd().isBefore(today) ? c.windowEnd() : today;
        LocalDate jan1 = LocalDate.of(c.year(), 1, 1);
        int quarterDays = (int) (c.deadline().toEpochDay() - jan1.toEpochDay()) + 1;
        String signedOn = "LEAST(CASE "
                + "WHEN r.valid_from > :dl THEN r.valid_from + CAST(MOD(r.household_id * 3, :grace + 12) AS INTEGER) "
                + "WHEN MOD(r.household_id * 13 + :salt, 100) < 8 THEN CAST(:dl AS DATE) + CAST(1 + MOD(r.household_id, 75) AS INTEGER) "
                + "ELSE CAST(:jan1 AS DATE) + CAST(MOD(r.household_id * 7 + :salt, :qdays) AS INTEGER) END, CAST(:today AS DATE))";
        String share = "CASE WHEN r.area_code = :demoArea AND :current = 1 THEN 60 "
                + "WHEN MOD(a.id * 31 + :salt, 100) < 74 THEN 100 "
                + "WHEN MOD(a.id * 31 + :salt, 100) < 91 THEN 80 + MOD(a.id, 20) ELSE 45 + MOD(a.id, 35) END";
        return jdbc.sql("INSERT INTO commitment (campaign_id, household_id, area_code, signed_on, signed_by, recorded_by, recorded_at) "
                        + "SELECT :camp, r.household_id, r.area_code, " + signedOn + ", r.head_name, 'demo', :now "
                        + "FROM household_resident r JOIN unit_version a ON a.code = r.area_code AND a.level = 'RESIDENTIAL_AREA' "
                        + "AND a.valid_from <= :e AND (a.valid_to IS NULL OR a.valid_to >= :e) AND a.path LIKE :owner "
                        + "WHERE r.valid_from <= :e AND (r.valid_to IS NULL OR r.valid_to >= :e) "
                        + "AND (r.moved_out IS NULL OR r.moved_out >= :e) "
                        + "AND MOD(r.household_id * 37 + :salt, 100) < " + share)
                .param("camp", c.id()).param("dl", c.deadline()).param("grace", c.graceDays()).param("salt", c.year() % 97)
                .param("jan1", jan1).param("qdays", quarterDays).param("today", today).param("now", LocalDateTime.now())
                .param("e", e).param("owner", c.ownerPath() + "%").param("demoArea", DEMO_AREA)
                .param("current", c.year() == today.getYear() ? 1 : 0)
                .update();
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
