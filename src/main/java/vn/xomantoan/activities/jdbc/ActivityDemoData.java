package vn.xomantoan.activities.jdbc;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The Ninh Bình movement of 05/2015–10/2016 as the seed article tells it (150 propaganda sessions,
 * 18 grassroots seminars and the provincial one with 120 women, 18 emulation signings, the review
 * conference of 24/10/2016, the handbook and its 3,124 copies, 236 media items, the 70,000,000 đ
 * donation for Kim Tân, the district programmes), then plausible activity up to today. Fixed seed.
 */
@Component
@Order(60)
class ActivityDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ActivityDemoData.class);
    static final LocalDate FROM = LocalDate.of(2015, 5, 4);
    static final LocalDate TO = LocalDate.of(2016, 10, 24);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final boolean demo;

    private final List<Object[]> activities = new ArrayList<>();
    private final List<Object[]> keyPeople = new ArrayList<>();
    private final List<Object[]> invited = new ArrayList<>();
    private final List<Object[]> tags = new ArrayList<>();
    private final Map<String, Long> programmeByDistrict = new HashMap<>();
    private final LocalDateTime now = LocalDateTime.now();
    private Random random;
    private DemoUnits units;

    ActivityDemoData(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx, AuditLog audit,
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
            if (jdbc.sql("SELECT COUNT(*) FROM activity").query(Long.class).single() > 0) {
                return;
            }
            long started = System.currentTimeMillis();
            units = DemoUnits.load(jdbc);
            if (units == null) {
                return;
            }
            random = new Random(20151016L);
            programmes();
            seedActivities();
            laterActivities();
            flushActivities();
            publications();
            media();
            contributions();
            audit.record(AuditAction.IMPORT, "Activity", null, "Nạp dữ liệu demo hoạt động phong trào Ninh Bình 2015–2016 và các năm sau",
                    null, Map.of("activities", activities.size()));
            log.info("Loaded {} demo activities with publications, media items, programmes and contributions in {} ms",
                    activities.size(), System.currentTimeMillis() - started);
        });
    }

    private void programmes() {
        LocalDate start = LocalDate.of(2015, 6, 1);
        record P(String district, String kind, String name) {
        }
        List<P> list = List.of(
                new P("369", "CIVILISED_CITY", "Xây dựng thành phố Ninh Bình giàu đẹp, văn minh"),
                new P("370", "CIVILISED_CITY", "Xây dựng thành phố Tam Điệp giàu đẹp, văn minh"),
                new P("375", "NEW_RURAL_DEVELOPMENT", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới huyện Yên Khánh"),
                new P("376", "PEACEFUL_PARISH", "Xứ, họ đạo bình yên, an toàn về ANTT huyện Kim Sơn"),
                new P("377", "DRUG_FREE", "Xây dựng huyện Yên Mô không ma túy"),
                new P("374", "TOURIST_SAFETY", "Đảm bảo an toàn, văn minh các khu, điểm du lịch huyện Hoa Lư"),
                new P("372", "ETHNIC_RELIGIOUS", "Toàn dân bảo vệ ANTQ vùng đồng bào dân tộc, tôn giáo huyện Nho Quan"));
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        long id = 0;
        long memberId = 0;
        for (P p : list) {
            id++;
            U district = units.district(p.district());
            programmeByDistrict.put(p.district(), id);
            rows.add(new Object[]{id, p.name(), p.kind(), district.id(), Date.valueOf(start), null,
                    "Chương trình của địa phương gắn với phong trào \"Tổ dân phố, thôn, xóm an toàn\"",
                    VietnameseText.searchKey(p.name()), VietnameseText.sortKey(p.name()), Timestamp.valueOf(now)});
            for (U commune : units.communesOf(district)) {
                memberId++;
                members.add(new Object[]{memberId, id, commune.id(), Date.valueOf(start.plusDays(random.nextInt(60)))});
            }
        }
        template.batchUpdate("""
                INSERT INTO programme (id, name, kind, unit_id, started_on, ended_on, description, search_key, sort_key, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        template.batchUpdate("INSERT INTO programme_unit (id, programme_id, unit_id, joined_on) VALUES (?, ?, ?, ?)", members);
        restart("programme", id);
        restart("programme_unit", memberId);
    }

    private void seedActivities() {
        List<U> parishes = units.establishmentsOfType("PARISH_CHURCH");
        List<U> pagodas = units.establishmentsOfType("PAGODA");
        List<U> kimSonParishes = parishes.stream().filter(e -> "376".equals(units.districtOf(units.parentOf(e)).code())).toList();
        // 150 propaganda sessions: 40 in parishes (most of them in Kim Sơn), 30 in pagodas, 80 in villages and streets.
        for (int i = 0; i < 150; i++) {
            LocalDate day = DemoUnits.day(random, LocalDate.of(2015, 6, 1), LocalDate.of(2016, 10, 15));
            U place;
            String venue;
            if (i < 40) {
                place = i < 28 ? kimSonParishes.get(random.nextInt(kimSonParishes.size())) : parishes.get(random.nextInt(parishes.size()));
                venue = "PARISH_CHURCH";
            } else if (i < 70) {
                place = pagodas.get(random.nextInt(pagodas.size()));
                venue = "PAGODA";
            } else {
                place = units.areas.get(random.nextInt(units.areas.size()));
                venue = random.nextInt(4) == 0 ? "CULTURAL_HOUSE" : "COMMUNITY_HOUSE";
            }
            U commune = units.parentOf(place);
            int people = 40 + random.nextInt(160);
            int women = people * (35 + random.nextInt(30)) / 100;
            long id = activity("PROPAGANDA_SESSION", day, commune, place, venue,
                    "Tuyên truyền phong trào \"Tổ dân phố, thôn, xóm an toàn\" tại " + place.name(), people, women,
                    "Phổ biến Thông tri 23-TT/TU, hướng dẫn ký cam kết an toàn về ANTT", "Các hộ gia đình đăng ký ký cam kết");
            keyPeople(id, 1 + random.nextInt(2), 1 + random.nextInt(2), venue.equals("COMMUNITY_HOUSE") ? 0 : 1 + random.nextInt(3));
            tagProgramme(id, commune);
        }
        // 18 seminars and experience exchanges at grassroots level.
        for (int i = 0; i < 18; i++) {
            U commune = units.communes.get(random.nextInt(units.communes.size()));
            int people = 50 + random.nextInt(70);
            long id = activity("SEMINAR", DemoUnits.day(random, LocalDate.of(2015, 9, 1), LocalDate.of(2016, 9, 30)), commune, null,
                    "COMMUNITY_HOUSE", "Tọa đàm, trao đổi kinh nghiệm xây dựng khu dân cư an toàn về ANTT tại " + commune.name(),
                    people, people / 3, "Trao đổi cách làm hay của bí thư chi bộ, trưởng thôn, tổ trưởng tổ dân phố", null);
            keyPeople(id, 5 + random.nextInt(10), 5 + random.nextInt(10), 2 + random.nextInt(5));
            tagProgramme(id, commune);
        }
        // The provincial seminar with 120 women party-cell secretaries and heads of residential areas.
        long provincial = activity("SEMINAR", LocalDate.of(2016, 3, 8), units.province, null, "HALL",
                "Tọa đàm cấp tỉnh với nữ bí thư chi bộ, tổ trưởng tổ dân phố, trưởng thôn, xóm tiêu biểu trong công tác đảm bảo ANTT",
                120, 120, "Trao đổi kinh nghiệm của 120 nữ bí thư chi bộ, tổ trưởng dân phố, trưởng thôn, xóm tiêu biểu", null);
        keyPeople(provincial, 52, 68, 0);
        // 18 meetings and exchanges where emulation agreements were signed.
        for (int i = 0; i < 18; i++) {
            U district = units.districts.get(i % units.districts.size());
            List<U> communes = units.communesOf(district);
            int people = 80 + random.nextInt(120);
            long id = activity("EMULATION_SIGNING", DemoUnits.day(random, LocalDate.of(2015, 8, 1), LocalDate.of(2016, 8, 31)), district,
                    null, "HALL", "Hội nghị gặp mặt, giao lưu và ký kết giao ước thi đua xây dựng phong trào tại " + district.name(),
                    people, people * 2 / 5, "Ký kết giao ước thi đua giữa các xã, phường, thị trấn", "Các đơn vị ký giao ước thi đua");
            java.util.Set<Long> guests = new java.util.LinkedHashSet<>();
            for (int k = 0; k < Math.min(4, communes.size()); k++) {
                guests.add(communes.get((i + k * 3) % communes.size()).id());
            }
            guests.forEach(g -> invited.add(new Object[]{id, g}));
        }
        // The one-year review conference on 24/10/2016.
        long review = activity("REVIEW_CONFERENCE", TO, units.province, null, "HALL",
                "Hội nghị sơ kết 1 năm thực hiện phong trào \"Tổ dân phố, thôn, xóm an toàn\"", 320, 110,
                "Đánh giá kết quả, rút kinh nghiệm; biểu dương điển hình tiên tiến là bí thư chi bộ, tổ trưởng tổ dân phố, trưởng thôn, xóm và người có uy tín",
                "Khen thưởng tập thể, cá nhân tiêu biểu");
        keyPeople(review, 60, 60, 30);
        units.districts.forEach(d -> invited.add(new Object[]{review, d.id()}));
    }

    private void laterActivities() {
        String[] types = {"PROPAGANDA_SESSION", "PROPAGANDA_SESSION", "PROPAGANDA_SESSION", "PROPAGANDA_SESSION", "PROPAGANDA_SESSION",
                "SEMINAR", "CONFERENCE", "TRAINING", "EMULATION_SIGNING", "REVIEW_CONFERENCE", "VOLUNTEER_CAMPAIGN", "INSPECTION"};
        LocalDate today = LocalDate.now();
        long days = today.toEpochDay() - DemoUnits.LATER_FROM.toEpochDay();
        int count = (int) (days * 160 / 365);
        for (int i = 0; i < count; i++) {
            LocalDate day = DemoUnits.day(random, DemoUnits.LATER_FROM, today);
            U area = units.laterArea(random, day);
            String type = types[random.nextInt(types.length)];
            int people = 20 + random.nextInt(150);
            String venue = type.equals("INSPECTION") ? "OFFICE" : random.nextInt(3) == 0 ? "CULTURAL_HOUSE" : "COMMUNITY_HOUSE";
            activity(type, day, new U(area.parentId(), null, null, null, null, null, null, null), area, venue,
                    label(type) + " tại " + area.name(), people, people * (30 + random.nextInt(30)) / 100, null, null);
        }
    }

    private static String label(String type) {
        return switch (type) {
            case "PROPAGANDA_SESSION" -> "Tuyên truyền phong trào Toàn dân bảo vệ ANTQ";
            case "SEMINAR" -> "Tọa đàm về xây dựng khu dân cư an toàn";
            case "CONFERENCE" -> "Hội nghị triển khai công tác đảm bảo ANTT";
            case "TRAINING" -> "Tập huấn nghiệp vụ cho tổ bảo vệ ANTT ở cơ sở";
            case "EMULATION_SIGNING" -> "Ký kết giao ước thi đua";
            case "REVIEW_CONFERENCE" -> "Hội nghị sơ kết phong trào";
            case "VOLUNTEER_CAMPAIGN" -> "Ra quân tình nguyện vì môi trường";
            default -> "Kiểm tra việc thực hiện phong trào";
        };
    }

    private long activity(String type, LocalDate day, U organiser, U place, String venue, String title, int people, int women,
                          String content, String results) {
        long id = activities.size() + 1L;
        String text = title + " " + (place == null ? "" : place.name());
        activities.add(new Object[]{id, type, Date.valueOf(day), organiser.id(), place == null ? null : place.id(), venue, title,
                content, results, people, women, VietnameseText.searchKey(text), VietnameseText.sortKey(title), Timestamp.valueOf(now)});
        return id;
    }

    private void keyPeople(long activity, int secretaries, int heads, int respected) {
        if (secretaries > 0) {
            keyPeople.add(new Object[]{activity, "PARTY_CELL_SECRETARY", secretaries});
        }
        if (heads > 0) {
            keyPeople.add(new Object[]{activity, "AREA_HEAD", heads});
        }
        if (respected > 0) {
            keyPeople.add(new Object[]{activity, "RESPECTED_PERSON", respected});
        }
    }

    private void tagProgramme(long activity, U commune) {
        U district = units.districtOf(commune);
        Long programme = district == null ? null : programmeByDistrict.get(district.code());
        if (programme != null) {
            tags.add(new Object[]{activity, programme});
        }
    }

    private void flushActivities() {
        template.batchUpdate("""
                INSERT INTO activity (id, activity_type, held_on, unit_id, place_unit_id, venue_kind, title, content, results,
                    participants, women, search_key, sort_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", activities);
        template.batchUpdate("INSERT INTO activity_key_people (activity_id, role, people) VALUES (?, ?, ?)", keyPeople);
        template.batchUpdate("INSERT INTO activity_invited_unit (activity_id, unit_id) VALUES (?, ?)", invited);
        template.batchUpdate("INSERT INTO activity_programme (activity_id, programme_id) VALUES (?, ?)", tags);
        restart("activity", activities.size());
    }

    /** The handbook: 3,200 printed; one copy to each of the 1,684 areas, 150 to each district's leaders, 240 to the province's. */
    private void publications() {
        String title = "Sổ tay tuyên truyền phong trào \"Tổ dân phố, thôn, xóm an toàn\"";
        template.update("""
                INSERT INTO publication (id, kind, title, unit_id, published_on, copies_printed, search_key, sort_key, created_at)
                VALUES (1, 'HANDBOOK', ?, ?, ?, 3200, ?, ?, ?)""", title, units.province.id(), Date.valueOf(LocalDate.of(2015, 7, 15)),
                VietnameseText.searchKey(title), VietnameseText.sortKey(title), Timestamp.valueOf(now));
        List<Object[]> rows = new ArrayList<>();
        String leaders = "Lãnh đạo, cán bộ chủ chốt các sở, ban, ngành, đoàn thể, cấp ủy, chính quyền";
        rows.add(distribution(rows.size() + 1, units.province, leaders + " tỉnh", 240, LocalDate.of(2015, 8, 3)));
        for (U d : units.districts) {
            rows.add(distribution(rows.size() + 1, d, leaders + " " + d.name() + " và các xã", 150, LocalDate.of(2015, 8, 10)));
        }
        for (U area : units.areas) {
            rows.add(distribution(rows.size() + 1, area, null, 1, DemoUnits.day(random, LocalDate.of(2015, 8, 15), LocalDate.of(2015, 9, 30))));
        }
        template.batchUpdate("""
                INSERT INTO distribution (id, publication_id, unit_id, recipient_group, copies, distributed_on, search_key, sort_key, created_at)
                VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)""", rows);
        String leaflet = "Tờ rơi hướng dẫn phòng ngừa tội phạm, tệ nạn xã hội";
        template.update("""
                INSERT INTO publication (id, kind, title, unit_id, published_on, copies_printed, search_key, sort_key, created_at)
                VALUES (2, 'LEAFLET', ?, ?, ?, 20000, ?, ?, ?)""", leaflet, units.province.id(), Date.valueOf(LocalDate.of(2019, 3, 1)),
                VietnameseText.searchKey(leaflet), VietnameseText.sortKey(leaflet), Timestamp.valueOf(now));
        restart("publication", 2);
        restart("distribution", rows.size());
    }

    private Object[] distribution(int id, U unit, String group, int copies, LocalDate day) {
        String text = "So tay " + unit.name() + (group == null ? "" : " " + group);
        return new Object[]{id, unit.id(), group, copies, Date.valueOf(day), VietnameseText.searchKey(text),
                VietnameseText.sortKey(unit.name()), Timestamp.valueOf(now)};
    }

    private void media() {
        String[][] outlets = {{"Báo Ninh Bình", "NEWSPAPER"}, {"Đài Phát thanh và Truyền hình Ninh Bình", "TELEVISION"},
                {"Báo Công an nhân dân", "NEWSPAPER"}, {"Cổng thông tin điện tử Công an tỉnh Ninh Bình", "ONLINE"},
                {"Bản tin Phòng, chống tội phạm Công an tỉnh Ninh Bình", "POLICE_BULLETIN"}};
        String[] kinds = {"NEWS", "NEWS", "ARTICLE", "REPORT", "BROADCAST"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 236; i++) {
            rows.add(mediaRow(rows.size() + 1, outlets, kinds, DemoUnits.day(random, LocalDate.of(2015, 5, 10), LocalDate.of(2016, 10, 28)),
                    units.communes.get(random.nextInt(units.communes.size())).id(), "Điển hình"));
        }
        LocalDate today = LocalDate.now();
        int later = (int) ((today.toEpochDay() - DemoUnits.LATER_FROM.toEpochDay()) * 70 / 365);
        for (int i = 0; i < later; i++) {
            LocalDate day = DemoUnits.day(random, DemoUnits.LATER_FROM, today);
            rows.add(mediaRow(rows.size() + 1, outlets, kinds, day, units.laterArea(random, day).parentId(), "Gương sáng"));
        }
        template.batchUpdate("""
                INSERT INTO media_item (id, kind, outlet, outlet_kind, published_on, title, link, unit_id, search_key, sort_key, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        restart("media_item", rows.size());
    }

    private Object[] mediaRow(int id, String[][] outlets, String[] kinds, LocalDate day, long unitId, String lead) {
        String[] outlet = outlets[random.nextInt(outlets.length)];
        String title = lead + " trong phong trào \"Tổ dân phố, thôn, xóm an toàn\" — bài " + id;
        return new Object[]{id, kinds[random.nextInt(kinds.length)], outlet[0], outlet[1], Date.valueOf(day), title, null, unitId,
                VietnameseText.searchKey(title + " " + outlet[0]), VietnameseText.sortKey(title), Timestamp.valueOf(now)};
    }

    private void contributions() {
        U kimTan = units.commune("14683");
        List<Object[]> rows = new ArrayList<>();
        rows.add(contribution(1, "DONATION", LocalDate.of(2016, 1, 20), kimTan, "Ủng hộ xây dựng đường giao thông trên địa bàn xã Kim Tân",
                "Cán bộ, chiến sĩ Công an tỉnh Ninh Bình", 70_000_000L, null, null, null));
        rows.add(contribution(2, "VOLUNTEER_WORK", LocalDate.of(2016, 3, 26), kimTan, "Tình nguyện vì môi trường", null, null,
                "Ra quân vệ sinh môi trường, trồng cây tại xã Kim Tân", 60, 240));
        rows.add(contribution(3, "VOLUNTEER_WORK", LocalDate.of(2016, 7, 16), units.commune("14620"), "Tình nguyện vì môi trường", null,
                null, "Chiến dịch thanh niên tình nguyện hè vì môi trường", 45, 180));
        LocalDate today = LocalDate.now();
        for (int year = 2017; year <= today.getYear(); year++) {
            LocalDate day = LocalDate.of(year, 3 + random.nextInt(8), 1 + random.nextInt(28));
            if (day.isAfter(today)) {
                continue;
            }
            U area = units.laterArea(random, day);
            U commune = new U(area.parentId(), null, area.name(), null, null, null, null, null);
            rows.add(contribution(rows.size() + 1, "DONATION", day, commune, "Ủng hộ lắp đặt camera an ninh tại " + area.name(),
                    "Nhân dân và doanh nghiệp trên địa bàn", (5 + random.nextInt(40)) * 1_000_000L, null, null, null));
        }
        template.batchUpdate("""
                INSERT INTO contribution (id, kind, made_on, unit_id, purpose, donors, amount_vnd, campaign, participants, hours,
                    search_key, sort_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        restart("contribution", rows.size());
    }

    private Object[] contribution(int id, String kind, LocalDate day, U unit, String purpose, String donors, Long amount, String campaign,
                                  Integer participants, Integer hours) {
        String text = purpose + " " + (donors == null ? "" : donors) + " " + (campaign == null ? "" : campaign);
        return new Object[]{id, kind, Date.valueOf(day), unit.id(), purpose, donors, amount, campaign, participants, hours,
                VietnameseText.searchKey(text), VietnameseText.sortKey(purpose), Timestamp.valueOf(now)};
    }

    private void restart(String table, long maxId) {
        template.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (maxId + 1));
    }
}
