package vn.xomantoan.honours.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xomantoan.activities.DemoNames;
import vn.xomantoan.activities.DemoUnits;
import vn.xomantoan.activities.DemoUnits.U;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.shared.text.VietnameseText;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Models, exemplars and rewards of the seed: one self-governing model per commune (Kim Sơn's safe
 * parishes), one party-cell secretary and one area head selected per commune (290), the province's
 * 80 exemplary comrades, 315 reward recipients by 24/10/2016; then yearly ratings and rewards.
 */
@Component
@Order(62)
class HonourDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HonourDemoData.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final boolean demo;
    private final LocalDateTime now = LocalDateTime.now();

    HonourDemoData(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx, AuditLog audit,
                   @Value("${xomantoan.demo.enabled:false}") boolean demo) {
        this.jdbc = jdbc;
        this.template = template;
        this.tx = tx;
        this.audit = audit;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo) {
            return;
        }
        tx.executeWithoutResult(status -> {
            if (jdbc.sql("SELECT COUNT(*) FROM reward").query(Long.class).single() > 0) {
                return;
            }
            DemoUnits units = DemoUnits.load(jdbc);
            if (units == null) {
                return;
            }
            Random random = new Random(24102016L);
            int models = models(units, random);
            int exemplars = exemplars(units, random);
            int rewards = rewards(units, random);
            audit.record(AuditAction.IMPORT, "Reward", null, "Nạp dữ liệu demo mô hình, điển hình tiên tiến và khen thưởng", null,
                    Map.of("models", models, "exemplars", exemplars, "rewards", rewards));
            log.info("Loaded {} demo models, {} exemplars and {} rewards", models, exemplars, rewards);
        });
    }

    private int models(DemoUnits units, Random random) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> ratings = new ArrayList<>();
        String[] ratingValues = {"EXCELLENT", "GOOD", "GOOD", "GOOD", "AVERAGE", "WEAK"};
        // Ratings are given after the evaluation windows close (15/11).
        LocalDate today = LocalDate.now();
        int lastYear = today.isAfter(LocalDate.of(today.getYear(), 11, 15)) ? today.getYear() : today.getYear() - 1;
        for (U commune : units.communes) {
            U district = units.districtOf(commune);
            boolean kimSon = district != null && district.code().equals("376");
            String type = kimSon ? "SAFE_PARISH" : new String[]{"SELF_MANAGED_SECURITY_GROUP", "SAFE_CLAN", "SECURITY_CAMERA_NETWORK",
                    "SELF_MANAGED_HOUSEHOLD_GROUP"}[random.nextInt(4)];
            String name = switch (type) {
                case "SAFE_PARISH" -> "Giáo xứ bình yên, an toàn về ANTT";
                case "SAFE_CLAN" -> "Dòng họ an toàn về ANTT";
                case "SECURITY_CAMERA_NETWORK" -> "Camera an ninh khu dân cư";
                case "SELF_MANAGED_HOUSEHOLD_GROUP" -> "Tổ liên gia tự quản";
                default -> "Tổ nhân dân tự quản về ANTT";
            } + " " + commune.name();
            long id = rows.size() + 1L;
            LocalDate start = DemoUnits.day(random, LocalDate.of(2015, 6, 1), LocalDate.of(2016, 9, 30));
            rows.add(new Object[]{id, name, type, commune.id(), Date.valueOf(start), 10 + random.nextInt(60),
                    VietnameseText.searchKey(name), VietnameseText.sortKey(name), Timestamp.valueOf(now)});
            for (int year = 2016; year <= lastYear; year++) {
                ratings.add(new Object[]{id, year, ratingValues[random.nextInt(ratingValues.length)]});
            }
        }
        establishmentModels(rows, ratings, random, lastYear);
        template.batchUpdate("""
                INSERT INTO self_governing_model (id, name, model_type, unit_id, started_on, members, search_key, sort_key, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        template.batchUpdate("INSERT INTO model_rating (model_id, rating_year, rating) VALUES (?, ?, ?)", ratings);
        restart("self_governing_model", rows.size());
        return rows.size();
    }

    /** Most of today's agencies, enterprises and schools run a model of their own (CQ-1e, GD-1e), rated since 2022. */
    private void establishmentModels(List<Object[]> rows, List<Object[]> ratings, Random random, int lastYear) {
        String[] ratingValues = {"EXCELLENT", "GOOD", "GOOD", "GOOD", "GOOD", "AVERAGE"};
        List<Object[]> establishments = jdbc.sql("""
                        SELECT id, name, unit_type FROM unit_version WHERE level = 'ESTABLISHMENT'
                          AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d) ORDER BY code""")
                .param("d", LocalDate.now())
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3)}).list();
        for (Object[] e : establishments) {
            if (random.nextInt(100) >= 88) {
                continue;
            }
            String name = switch ((String) e[2]) {
                case "SCHOOL" -> "Mô hình “Trường học an toàn, phòng, chống tội phạm và tệ nạn xã hội” – ";
                case "ENTERPRISE" -> "Tổ tự quản bảo vệ an ninh, trật tự – ";
                default -> "Mô hình “Cơ quan an toàn, không có tội phạm và tệ nạn xã hội” – ";
            } + e[1];
            long id = rows.size() + 1L;
            LocalDate start = DemoUnits.day(random, LocalDate.of(2021, 3, 1), LocalDate.of(2022, 2, 28));
            rows.add(new Object[]{id, name, "SELF_MANAGED_SECURITY_GROUP", e[0], Date.valueOf(start), 5 + random.nextInt(30),
                    VietnameseText.searchKey(name), VietnameseText.sortKey(name), Timestamp.valueOf(now)});
            for (int year = 2022; year <= lastYear; year++) {
                ratings.add(new Object[]{id, year, ratingValues[random.nextInt(ratingValues.length)]});
            }
        }
    }

    private int exemplars(DemoUnits units, Random random) {
        List<Object[]> rows = new ArrayList<>();
        for (U commune : units.communes) {
            LocalDate selected = DemoUnits.day(random, LocalDate.of(2015, 7, 1), LocalDate.of(2015, 9, 30));
            LocalDate trained = selected.plusDays(20 + random.nextInt(60));
            rows.add(exemplar(rows.size() + 1, "COMMUNE_SELECTION", "PARTY_CELL_SECRETARY", DemoNames.person(random, random.nextInt(3) == 0),
                    commune, 2015, selected, trained, "Nhân rộng cách làm hay tại các chi bộ trong xã"));
            rows.add(exemplar(rows.size() + 1, "COMMUNE_SELECTION", "AREA_HEAD", DemoNames.person(random, random.nextInt(3) == 0),
                    commune, 2015, selected, trained, "Nhân rộng mô hình tự quản tại các thôn, xóm, tổ dân phố"));
        }
        String[] roles = {"PARTY_CELL_SECRETARY", "AREA_HEAD", "RESPECTED_PERSON", "POLICE_OFFICER"};
        for (int i = 0; i < 80; i++) {
            U commune = units.communes.get(random.nextInt(units.communes.size()));
            rows.add(exemplar(rows.size() + 1, "PROVINCE_LIST", roles[i % roles.length], DemoNames.person(random, random.nextInt(3) == 0),
                    commune, 2016, LocalDate.of(2016, 10, 24), null, "Chỉ đạo nhân rộng ra toàn tỉnh"));
        }
        template.batchUpdate("""
                INSERT INTO exemplar (id, selection, person_role, full_name, unit_id, cycle_year, selected_on, trained_on, replication,
                    search_key, sort_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        restart("exemplar", rows.size());
        return rows.size();
    }

    private Object[] exemplar(int id, String selection, String role, String name, U unit, int cycle, LocalDate selected, LocalDate trained,
                              String replication) {
        return new Object[]{id, selection, role, name, unit.id(), cycle, Date.valueOf(selected), trained == null ? null : Date.valueOf(trained),
                replication, VietnameseText.searchKey(name + " " + unit.name()), VietnameseText.sortKey(name), Timestamp.valueOf(now)};
    }

    private int rewards(DemoUnits units, Random random) {
        List<Object[]> rows = new ArrayList<>();
        LocalDate review = LocalDate.of(2016, 10, 24);
        // UBND tỉnh: certificates of merit at the review conference (30 collectives, 45 individuals).
        for (int i = 0; i < 75; i++) {
            U commune = units.communes.get(random.nextInt(units.communes.size()));
            boolean collective = i < 30;
            rows.add(reward(rows.size() + 1, "1582/QĐ-UBND", review, "Ủy ban nhân dân tỉnh Ninh Bình", "PROVINCE", "CERTIFICATE_OF_MERIT",
                    collective, commune, collective ? null : DemoNames.person(random, random.nextInt(3) == 0),
                    collective ? 2_980_000L : 1_490_000L));
        }
        // Giám đốc Công an tỉnh: letters of commendation (40 collectives, 80 individuals).
        for (int i = 0; i < 120; i++) {
            U commune = units.communes.get(random.nextInt(units.communes.size()));
            boolean collective = i < 40;
            rows.add(reward(rows.size() + 1, "2210/QĐ-CAT", LocalDate.of(2016, 10, 20), "Giám đốc Công an tỉnh Ninh Bình", "PROVINCE",
                    "LETTER_OF_COMMENDATION", collective, commune, collective ? null : DemoNames.person(random, random.nextInt(3) == 0),
                    collective ? 1_000_000L : 500_000L));
        }
        // District People's Committees: 15 letters of commendation each.
        for (U district : units.districts) {
            List<U> communes = units.communesOf(district);
            LocalDate day = DemoUnits.day(random, LocalDate.of(2016, 8, 1), LocalDate.of(2016, 10, 15));
            for (int i = 0; i < 15; i++) {
                U commune = communes.get(random.nextInt(communes.size()));
                boolean collective = i < 5;
                rows.add(reward(rows.size() + 1, (100 + random.nextInt(800)) + "/QĐ-UBND", day, "Ủy ban nhân dân " + district.name(),
                        "DISTRICT", "LETTER_OF_COMMENDATION", collective, commune,
                        collective ? null : DemoNames.person(random, random.nextInt(3) == 0), collective ? 600_000L : 300_000L));
            }
        }
        LocalDate today = LocalDate.now();
        for (int year = 2017; year <= today.getYear(); year++) {
            LocalDate day = LocalDate.of(year, 11, 20).isAfter(today) ? today.minusDays(1) : LocalDate.of(year, 11, 20);
            for (int i = 0; i < 60; i++) {
                U area = units.laterArea(random, day);
                U commune = new U(area.parentId(), null, area.name(), null, null, null, null, null);
                boolean collective = i < 20;
                rows.add(reward(rows.size() + 1, (1000 + year) + "/QĐ-UBND", day, "Ủy ban nhân dân tỉnh Ninh Bình", "PROVINCE",
                        i < 30 ? "CERTIFICATE_OF_MERIT" : "LETTER_OF_COMMENDATION", collective, commune,
                        collective ? "Khu dân cư " + area.name() : DemoNames.person(random, random.nextInt(3) == 0),
                        collective ? 2_000_000L : 1_000_000L));
            }
        }
        template.batchUpdate("""
                INSERT INTO reward (id, decision_number, decided_on, authority, reward_level, form, recipient_kind, unit_id, recipient_name,
                    amount_vnd, reason, search_key, sort_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        restart("reward", rows.size());
        return rows.size();
    }

    private Object[] reward(int id, String number, LocalDate day, String authority, String level, String form, boolean collective, U unit,
                            String person, long amount) {
        String name = person != null ? person : "Tập thể " + (unit.name() == null ? "" : unit.name());
        return new Object[]{id, number, Date.valueOf(day), authority, level, form, collective ? "COLLECTIVE" : "INDIVIDUAL", unit.id(), name,
                amount, "Có thành tích xuất sắc trong phong trào \"Tổ dân phố, thôn, xóm an toàn\"",
                VietnameseText.searchKey(name + " " + number + " " + authority), VietnameseText.sortKey(name), Timestamp.valueOf(now)};
    }

    private void restart(String table, long maxId) {
        template.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (maxId + 1));
    }
}
