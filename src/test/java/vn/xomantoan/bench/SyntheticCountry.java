package vn.xomantoan.bench;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.xomantoan.shared.text.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongConsumer;

/**
 * Fills the database with a deterministic synthetic population on top of the demo data: residential
 * areas for every commune of the country that has none (the real 2025 communes are already loaded),
 * households with their residences, the areas' key people, household commitments, incidents of the
 * last three years and movement activities. Everything is set-based: each step is a handful of
 * {@code INSERT … SELECT} statements over small helper tables (areas numbered 0…n, a counter 0…k, a
 * pool of names with their search and sort keys computed once in Java), run in chunks of areas so a
 * country-sized run commits as it goes and reports progress. Runs on PostgreSQL and on H2; the same
 * sizes give the same rows on both.
 *
 * <p>Household ids are {@code base + areaIndex * slots + slot}, so the residences and commitments of a
 * household are derived from the same numbers without joining back to the household table.
 */
final class SyntheticCountry {

    /** What to generate; {@link #province()} and {@link #country()} are the documented sizes. */
    record Size(String name, boolean wholeCountry, long households, int incidentsPerAreaYear, int activitiesPerAreaYear,
                boolean previousYearCommitments) {

        static Size province() {
            return new Size("province", false, 1_300_000, 11, 2, true);
        }

        static Size country() {
            return new Size("country", true, 28_000_000, 11, 2, false);
        }

        static Size named(String name) {
            return switch (name) {
                case "province" -> province();
                case "country" -> country();
                default -> throw new IllegalArgumentException("gen.size must be province or country, not " + name);
            };
        }

        Size withHouseholds(long n) {
            return new Size(name, wholeCountry, n, incidentsPerAreaYear, activitiesPerAreaYear, previousYearCommitments);
        }
    }

    /** Counts after a run, for the log and the caller's checks. */
    record Result(int areasCreated, int areasFilled, long householdsAdded, long commitmentsAdded, long keyPeopleAdded,
                  long incidentsAdded, long activitiesAdded, long millis) {
    }

    static final String PROVINCE = "37";
    private static final int CHUNK_AREAS = 4_000;
    private static final int NAMES = 4_096;
    private static final String[] SURNAMES = {"Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Vũ",
            "Đặng", "Bùi", "Đỗ", "Ngô", "Đinh", "Dương", "Lý", "Hồ", "Phan", "Trịnh", "Mai", "Tạ", "Lương", "Đoàn"};
    private static final String[] MALE_MIDDLE = {"Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Ngọc", "Công", "Thanh", "Đình"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Kim"};
    private static final String[] MALE_GIVEN = {"Hùng", "Dũng", "Tuấn", "Hải", "Nam", "Bình", "Cường", "Thắng", "Long", "Sơn",
            "Thành", "Trung", "Hiếu", "Khánh", "Phúc", "Quý", "Tùng", "Việt", "Đạt", "Hòa", "Toàn", "Lộc", "Thịnh", "Kiên"};
    private static final String[] FEMALE_GIVEN = {"Lan", "Hương", "Hoa", "Mai", "Hằng", "Thảo", "Ngọc", "Linh", "Nga", "Huệ",
            "Yến", "Loan", "Phương", "Hạnh", "Thủy", "Dung", "Nhung", "Trang", "Vân", "Liên", "Oanh", "Tuyết", "Hiền"};
    private static final String[][] KEY_ROLES = {
            {"PARTY_CELL_SECRETARY", null}, {"AREA_HEAD", null}, {"DEPUTY_AREA_HEAD", null}, {"FRONT_COMMITTEE_HEAD", null},
            {"RESPECTED_PERSON", "CLAN_ELDER"}, {"RESPECTED_PERSON", "CLAN_ELDER"}, {"RESPECTED_PERSON", "RELIGIOUS_DIGNITARY"},
            {"SECURITY_TEAM_MEMBER", null}, {"SECURITY_TEAM_MEMBER", null}, {"SECURITY_TEAM_MEMBER", null},
            {"SECURITY_TEAM_MEMBER", null}, {"SECURITY_TEAM_MEMBER", null}};
    private static final String[][] INCIDENT_KINDS = {
            {"CRIME", "CRIME_THEFT", "Trộm cắp tài sản tại khu dân cư"}, {"CRIME", "CRIME_ASSAULT", "Cố ý gây thương tích"},
            {"CRIME", "CRIME_FRAUD", "Lừa đảo chiếm đoạt tài sản qua mạng"}, {"SOCIAL_EVIL", "SE_GAMBLING", "Đánh bạc trái phép"},
            {"SOCIAL_EVIL", "SE_DRUG_USE", "Sử dụng trái phép chất ma túy"},
            {"TRAFFIC_ACCIDENT", "TRAFFIC_ROAD", "Va chạm giao thông trên đường liên thôn"},
            {"TRAFFIC_ACCIDENT", "TRAFFIC_ROAD", "Tai nạn giao thông trên quốc lộ"}, {"FIRE", "FIRE_HOUSE", "Cháy nhà dân do chập điện"},
            {"DISPUTE", null, "Tranh chấp đất đai giữa các hộ"}, {"DISPUTE", null, "Mâu thuẫn gia đình"},
            {"CROWD_COMPLAINT", null, "Khiếu kiện đông người về bồi thường giải phóng mặt bằng"}};
    private static final String[][] ACTIVITY_KINDS = {
            {"PROPAGANDA_SESSION", "Tuyên truyền phòng chống tội phạm và tệ nạn xã hội"},
            {"PROPAGANDA_SESSION", "Tuyên truyền phòng cháy, chữa cháy trong khu dân cư"},
            {"CONFERENCE", "Hội nghị ký cam kết đảm bảo an ninh, trật tự"},
            {"VOLUNTEER_CAMPAIGN", "Ra quân tổng vệ sinh và tuần tra đêm"},
            {"REVIEW_CONFERENCE", "Sơ kết phong trào Toàn dân bảo vệ an ninh Tổ quốc"}};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final boolean postgres;
    private final LocalDate today;
    private final LongConsumer progress;

    SyntheticCountry(JdbcClient jdbc, JdbcTemplate template, boolean postgres, LocalDate today, LongConsumer progress) {
        this.jdbc = jdbc;
        this.template = template;
        this.postgres = postgres;
        this.today = today;
        this.progress = progress;
    }

    Result generate(Size size) {
        long started = System.currentTimeMillis();
        dropHelpers();
        names();
        int created = size.wholeCountry() ? areasForEveryCommune() : 0;
        restartIdentity("org_unit");
        int areas = numberAreas(size.wholeCountry());
        long existing = jdbc.sql("SELECT COUNT(*) FROM household_residence r JOIN gen_area a ON a.code = r.area_code WHERE r.valid_to IS NULL")
                .query(Long.class).single();
        long wanted = Math.max(0, size.households() - existing);
        int perArea = (int) Math.ceil((double) wanted / Math.max(1, areas));
        int slots = perArea + perArea / 4 + 1;
        jdbc.sql("UPDATE gen_area SET cnt = " + perArea * 3 / 4 + " + MOD(idx * 7919, " + (perArea / 2 + 1) + ")").update();
        counter("gen_counter", Math.max(slots, 64));
        long base = jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM household").query(Long.class).single();
        int thisYear = today.getYear();
        List<Integer> years = size.previousYearCommitments() ? List.of(thisYear - 1, thisYear) : List.of(thisYear - 1);
        campaigns(size.wholeCountry(), years);
        long households = 0;
        long commitments = 0;
        for (int lo = 0; lo < areas; lo += CHUNK_AREAS) {
            int hi = Math.min(areas, lo + CHUNK_AREAS) - 1;
            households += households(base, slots, lo, hi);
            for (int year : years) {
                commitments += commitments(base, slots, lo, hi, year);
            }
            progress.accept(households);
        }
        restartIdentity("household");
        restartIdentity("household_residence");
        long keyPeople = keyPeople();
        long incidents = incidents(size.incidentsPerAreaYear());
        long activities = activities(size.activitiesPerAreaYear());
        if (postgres) {
            for (String table : List.of("org_unit", "household", "household_residence", "key_person", "commitment", "incident", "activity")) {
                jdbc.sql("ANALYZE " + table).update();
            }
        }
        dropHelpers();
        return new Result(created, areas, households, commitments, keyPeople, incidents, activities, System.currentTimeMillis() - started);
    }

    /** A pool of names with their keys: the only values that need Java (ICU collation keys). */
    private void names() {
        jdbc.sql("CREATE TABLE gen_name (idx INT PRIMARY KEY, name VARCHAR(120), gender VARCHAR(8), search_key VARCHAR(300), sort_key VARCHAR(600))")
                .update();
        Random random = new Random(20250701L);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < NAMES; i++) {
            boolean female = random.nextInt(100) < 35;
            String name = pick(random, SURNAMES) + " " + pick(random, female ? FEMALE_MIDDLE : MALE_MIDDLE) + " "
                    + pick(random, female ? FEMALE_GIVEN : MALE_GIVEN);
            rows.add(new Object[]{i, name, female ? "FEMALE" : "MALE", VietnameseText.searchKey(name), VietnameseText.sortKey(name)});
        }
        batch("INSERT INTO gen_name VALUES (?, ?, ?, ?, ?)", rows);
        jdbc.sql("CREATE TABLE gen_text (kind VARCHAR(16), idx INT, code VARCHAR(40), extra VARCHAR(40), text VARCHAR(300), search_key VARCHAR(600), "
                + "sort_key VARCHAR(1200))").update();
        List<Object[]> texts = new ArrayList<>();
        for (int k = 1; k <= 64; k++) {
            texts.add(text("THON", k, "THON", null, "Thôn " + k));
            texts.add(text("TO_DAN_PHO", k, "TO_DAN_PHO", null, "Tổ dân phố " + k));
        }
        for (int i = 0; i < INCIDENT_KINDS.length; i++) {
            texts.add(text("INCIDENT", i, INCIDENT_KINDS[i][0], INCIDENT_KINDS[i][1], INCIDENT_KINDS[i][2]));
        }
        for (int i = 0; i < ACTIVITY_KINDS.length; i++) {
            texts.add(text("ACTIVITY", i, ACTIVITY_KINDS[i][0], null, ACTIVITY_KINDS[i][1]));
        }
        for (int i = 0; i < KEY_ROLES.length; i++) {
            texts.add(new Object[]{"ROLE", i, KEY_ROLES[i][0], KEY_ROLES[i][1], "", "", ""});
        }
        batch("INSERT INTO gen_text VALUES (?, ?, ?, ?, ?, ?, ?)", texts);
    }

    private static Object[] text(String kind, int idx, String code, String extra, String text) {
        return new Object[]{kind, idx, code, extra, text, VietnameseText.searchKey(text), VietnameseText.sortKey(text)};
    }

    /**
     * 15–40 residential areas (tổ dân phố in wards, thôn elsewhere) for every commune valid today that
     * has none — about 90,000 over the country's 3,321 communes, as in the national statistics.
     */
    private int areasForEveryCommune() {
        counter("gen_small", 40);
        long base = jdbc.sql("SELECT MAX(id) FROM org_unit").query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO org_unit (id, code, official_code, name, unit_type, level, parent_id, path, depth, valid_from,
                                      search_key, sort_key)
                SELECT :base + x.rn, x.code || '-' || LPAD(CAST(x.k AS VARCHAR(3)), 3, '0'), FALSE, t.text, t.code,
                       'RESIDENTIAL_AREA', x.id, x.path || CAST(:base + x.rn AS VARCHAR(20)) || '/', x.depth + 1, x.valid_from,
                       t.search_key, t.sort_key
                FROM (SELECT c.id, c.code, c.path, c.depth, c.valid_from, c.unit_type, s.k + 1 AS k,
                             ROW_NUMBER() OVER (ORDER BY c.code, s.k) AS rn
                      FROM org_unit c JOIN gen_small s ON s.k < 15 + MOD(c.id * 7919, 26)
                      WHERE c.level = 'COMMUNE' AND c.valid_to IS NULL
                        AND NOT EXISTS (SELECT 1 FROM org_unit a WHERE a.parent_id = c.id AND a.level = 'RESIDENTIAL_AREA')) x
                JOIN gen_text t ON t.kind = CASE WHEN x.unit_type = 'PHUONG' THEN 'TO_DAN_PHO' ELSE 'THON' END AND t.idx = x.k
                """).param("base", base).update();
    }

    /** The residential areas valid today that receive households: the province's, or the whole country's. */
    private int numberAreas(boolean wholeCountry) {
        jdbc.sql("CREATE TABLE gen_area (idx INT PRIMARY KEY, code VARCHAR(32), unit_id BIGINT, province_id BIGINT, "
                + "first_day DATE, valid_from DATE, cnt INT)").update();
        return jdbc.sql("""
                INSERT INTO gen_area (idx, code, unit_id, province_id, first_day, valid_from, cnt)
                SELECT ROW_NUMBER() OVER (ORDER BY a.code) - 1, a.code, a.id, p.id,
                       (SELECT MIN(f.valid_from) FROM org_unit f WHERE f.code = a.code), a.valid_from, 0
                FROM org_unit a JOIN org_unit p ON p.level = 'PROVINCE' AND p.valid_to IS NULL AND a.path LIKE p.path || '%'
                WHERE a.level = 'RESIDENTIAL_AREA' AND a.valid_to IS NULL AND (:all OR p.code = :province)""")
                .param("all", wholeCountry).param("province", PROVINCE).update();
    }

    /** A table {@code name} holding 0 … size - 1 in its column {@code k}. */
    private void counter(String name, int size) {
        jdbc.sql("CREATE TABLE " + name + " (k INT PRIMARY KEY)").update();
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            rows.add(new Object[]{k});
        }
        batch("INSERT INTO " + name + " VALUES (?)", rows);
    }

    /** Household campaigns of the evaluated years for every province that has none (copied from Ninh Bình's). */
    private void campaigns(boolean wholeCountry, List<Integer> years) {
        jdbc.sql("CREATE TABLE gen_campaign (province_id BIGINT, eval_year INT, id BIGINT)").update();
        for (int year : years) {
            if (wholeCountry) {
                jdbc.sql("""
                        INSERT INTO commitment_campaign (eval_year, subject_kind, owner_unit_id, name, deadline, grace_days, criteria_set,
                                                         template_id, search_key, created_at, created_by)
                        SELECT c.eval_year, c.subject_kind, p.id, c.name, c.deadline, c.grace_days, c.criteria_set, c.template_id,
                               c.search_key, CURRENT_TIMESTAMP, 'generator'
                        FROM commitment_campaign c JOIN org_unit o ON o.id = c.owner_unit_id AND o.code = :province
                        JOIN org_unit p ON p.level = 'PROVINCE' AND p.valid_to IS NULL AND p.code <> :province
                        WHERE c.eval_year = :y AND c.subject_kind = 'HOUSEHOLD'
                          AND NOT EXISTS (SELECT 1 FROM commitment_campaign e WHERE e.owner_unit_id = p.id AND e.eval_year = :y
                                                                              AND e.subject_kind = 'HOUSEHOLD')""")
                        .param("province", PROVINCE).param("y", year).update();
            }
            jdbc.sql("""
                    INSERT INTO gen_campaign (province_id, eval_year, id)
                    SELECT c.owner_unit_id, c.eval_year, MIN(c.id) FROM commitment_campaign c JOIN org_unit p ON p.id = c.owner_unit_id
                    WHERE c.eval_year = :y AND c.subject_kind = 'HOUSEHOLD' AND p.level = 'PROVINCE' GROUP BY c.owner_unit_id, c.eval_year""")
                    .param("y", year).update();
        }
    }

    /** Households of areas lo…hi and their residences; moved in between 1995 and 2022. */
    private long households(long base, int slots, int lo, int hi) {
        String movedIn = plusDays("DATE '1995-01-01'", "MOD(a.idx * 31 + s.k * 104729, 10000)");
        String slotsOfChunk = " FROM gen_area a JOIN gen_counter s ON s.k < a.cnt ";
        String chunk = " WHERE a.idx BETWEEN :lo AND :hi";
        int n = jdbc.sql("INSERT INTO household (id, head_name, head_gender, house_no, members, moved_in, search_key, sort_key, created_at) "
                        + "SELECT :base + CAST(a.idx AS BIGINT) * :slots + s.k, g.name, g.gender, CAST(s.k + 1 AS VARCHAR(10)), "
                        + "1 + MOD(a.idx + s.k * 7, 6), " + movedIn + ", g.search_key, g.sort_key, CURRENT_TIMESTAMP"
                        + slotsOfChunk + "JOIN gen_name g ON g.idx = MOD(a.idx * 131 + s.k * 17, " + NAMES + ")" + chunk)
                .param("base", base).param("slots", slots).param("lo", lo).param("hi", hi).update();
        jdbc.sql("INSERT INTO household_residence (household_id, area_code, valid_from) "
                        + "SELECT :base + CAST(a.idx AS BIGINT) * :slots + s.k, a.code, " + movedIn + slotsOfChunk + chunk)
                .param("base", base).param("slots", slots).param("lo", lo).param("hi", hi).update();
        return n;
    }

    /**
     * Signatures of one year's campaign, in the first quarter: every household signs, except 3 % of the
     * households of three areas in ten (so KDC-1c fails there, as it does somewhere in a real province).
     */
    private long commitments(long base, int slots, int lo, int hi, int year) {
        String signedOn = plusDays("DATE '" + year + "-01-05'", "MOD(a.idx * 13 + s.k * 7, 80)");
        return jdbc.sql("INSERT INTO commitment (campaign_id, household_id, area_code, signed_on, signed_by, recorded_by, recorded_at) "
                        + "SELECT c.id, :base + CAST(a.idx AS BIGINT) * :slots + s.k, a.code, " + signedOn + ", g.name, 'generator', CURRENT_TIMESTAMP "
                        + "FROM gen_area a JOIN gen_counter s ON s.k < a.cnt JOIN gen_campaign c ON c.province_id = a.province_id AND c.eval_year = :y "
                        + "JOIN gen_name g ON g.idx = MOD(a.idx * 131 + s.k * 17, " + NAMES + ") "
                        + "WHERE a.idx BETWEEN :lo AND :hi AND (MOD(a.idx * 7, 10) >= 3 OR MOD(s.k * 37 + a.idx, 100) >= 3)")
                .param("base", base).param("slots", slots).param("lo", lo).param("hi", hi).param("y", year).update();
    }

    /** Twelve key people for every area that has none (the demo areas have theirs). */
    private long keyPeople() {
        return jdbc.sql("""
                INSERT INTO key_person (unit_code, full_name, gender, birth_year, role, respected_kind, term_from, search_key, sort_key, created_at)
                SELECT a.code, g.name, g.gender, 1955 + MOD(a.idx + r.idx * 11, 45), r.code, r.extra, a.valid_from, g.search_key, g.sort_key,
                       CURRENT_TIMESTAMP
                FROM gen_area a JOIN gen_text r ON r.kind = 'ROLE' JOIN gen_name g ON g.idx = MOD(a.idx * 53 + r.idx * 101, %d)
                WHERE NOT EXISTS (SELECT 1 FROM key_person k WHERE k.unit_code = a.code)""".formatted(NAMES)).update();
    }

    /**
     * About {@code perYear} incidents a year in every area over the last three years (or since the area
     * exists), each on the version of the area valid that day: a million a year over the country.
     * One crime in ten is serious and half of those were not handled promptly (KDC-4b).
     */
    private long incidents(int perYear) {
        LocalDate start = today.minusYears(3);
        String firstDay = "GREATEST(a.first_day, DATE '" + start + "')";
        String span = daysBetween(firstDay, "CURRENT_DATE") + " + 1";
        String day = plusDays(firstDay, "MOD(CAST(a.idx AS BIGINT) * 104729 + s.k * 7919, " + span + ")");
        int slotsPerArea = perYear * 3;
        long total = 0;
        int areas = jdbc.sql("SELECT COUNT(*) FROM gen_area").query(Integer.class).single();
        for (int lo = 0; lo < areas; lo += CHUNK_AREAS) {
            total += jdbc.sql(("""
                    INSERT INTO incident (occurred_on, unit_id, place_code, category_code, subcategory_code, crime_class, serious, handled_promptly, status,
                                          victims, persons_involved, summary, search_key, sort_key, created_at, created_by)
                    SELECT d.on_day, v.id, d.code, t.code, t.extra,
                           CASE WHEN t.code = 'CRIME' THEN CASE WHEN MOD(d.h, 10) = 0 THEN 'SERIOUS' ELSE 'LESS_SERIOUS' END END,
                           FALSE, MOD(d.h, 20) <> 0, 'CLOSED', MOD(d.h, 3), 1 + MOD(d.h, 4), t.text, t.search_key, t.sort_key,
                           CURRENT_TIMESTAMP, 'generator'
                    FROM (SELECT a.code, %s AS on_day, a.idx * 31 + s.k AS h
                          FROM gen_area a JOIN gen_counter s ON s.k * 365 < %d * (%s)
                          WHERE a.idx BETWEEN :lo AND :hi AND s.k < %d) d
                    JOIN gen_text t ON t.kind = 'INCIDENT' AND t.idx = MOD(d.h * 7, %d)
                    JOIN org_unit v ON v.code = d.code AND v.valid_from <= d.on_day AND (v.valid_to IS NULL OR v.valid_to >= d.on_day)""")
                    .formatted(day, perYear, span, slotsPerArea, INCIDENT_KINDS.length))
                    .param("lo", lo).param("hi", Math.min(areas, lo + CHUNK_AREAS) - 1).update();
        }
        return total;
    }

    /** Movement activities held in every area over the last year. */
    private long activities(int perYear) {
        String firstDay = "GREATEST(a.valid_from, DATE '" + today.minusYears(1) + "')";
        String day = plusDays(firstDay, "MOD(a.idx * 7 + s.k * 53, " + daysBetween(firstDay, "CURRENT_DATE") + " + 1)");
        return jdbc.sql(("""
                INSERT INTO activity (activity_type, held_on, unit_id, place_unit_id, title, participants, women, search_key, sort_key, created_at)
                SELECT t.code, %s, a.unit_id, a.unit_id, t.text, 20 + MOD(a.idx + s.k * 13, 100), 10 + MOD(a.idx + s.k * 13, 10),
                       t.search_key, t.sort_key, CURRENT_TIMESTAMP
                FROM gen_area a JOIN gen_counter s ON s.k < %d JOIN gen_text t ON t.kind = 'ACTIVITY' AND t.idx = MOD(a.idx + s.k, %d)""")
                .formatted(day, perYear, ACTIVITY_KINDS.length)).update();
    }

    private String plusDays(String date, String days) {
        return postgres ? "(" + date + " + CAST(" + days + " AS INTEGER))" : "DATEADD(DAY, " + days + ", " + date + ")";
    }

    private String daysBetween(String from, String to) {
        return postgres ? "(" + to + " - " + from + ")" : "DATEDIFF(DAY, " + from + ", " + to + ")";
    }

    private void restartIdentity(String table) {
        long next = jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table).query(Long.class).single();
        jdbc.sql("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next).update();
    }

    private void dropHelpers() {
        for (String table : List.of("gen_name", "gen_text", "gen_area", "gen_counter", "gen_small", "gen_campaign")) {
            jdbc.sql("DROP TABLE IF EXISTS " + table).update();
        }
    }

    private void batch(String sql, List<Object[]> rows) {
        template.batchUpdate(sql, rows);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
