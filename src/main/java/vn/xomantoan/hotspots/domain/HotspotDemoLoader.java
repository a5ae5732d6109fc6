package vn.xomantoan.hotspots.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.incidents.IncidentCounts;
import vn.xomantoan.shared.text.VietnameseText;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The 2015–2016 programme of Ninh Bình (fixed seed): 27 key areas complex in security and order
 * (the communes with the most incidents from 01/2014 to 06/2015), 21 pilot communes, 164 villages
 * selected for focused direction, with plans, progress and de-listing decisions.
 */
@Component
@Order(55)
class HotspotDemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HotspotDemoLoader.class);
    static final String PROGRAMME = "2015-2016";
    private static final LocalDate DESIGNATED = LocalDate.of(2015, 7, 15);
    private static final LocalDate SELECTED = LocalDate.of(2015, 8, 10);

    private record Unit(long id, String code, String name, String path, String parentName) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate tx;
    private final IncidentCounts incidents;
    private final AuditLog audit;
    private final boolean demo;
    private final Random random = new Random(20150504L);
    private final List<Object[]> units = new ArrayList<>();
    private final List<Object[]> measures = new ArrayList<>();
    private final List<Object[]> progress = new ArrayList<>();
    private final LocalDateTime now = LocalDateTime.now();

    HotspotDemoLoader(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate tx, IncidentCounts incidents, AuditLog audit,
                      @Value("${xomantoan.demo.enabled:false}") boolean demo) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.tx = tx;
        this.incidents = incidents;
        this.audit = audit;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || jdbc.sql("SELECT COUNT(*) FROM hotspot").query(Long.class).single() > 0) {
            return;
        }
        long started = System.nanoTime();
        int n = tx.execute(status -> load());
        log.info("Loaded {} demo hot spots in {} ms", n, (System.nanoTime() - started) / 1_000_000);
    }

    private int load() {
        String province = jdbc.sql("SELECT path FROM unit_version WHERE code = '37' AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)")
                .param("d", DESIGNATED).query(String.class).optional().orElse(null);
        if (province == null) {
            return 0;
        }
        List<Unit> communes = jdbc.sql("""
                        SELECT c.id, c.code, c.name, c.path, NULL AS parent_name FROM unit_version c
                        WHERE c.path LIKE :prefix AND c.level = 'COMMUNE' AND c.valid_from <= :d AND (c.valid_to IS NULL OR c.valid_to >= :d)
                        ORDER BY c.code""")
                .param("d", DESIGNATED).param("prefix", province + "%").query(Unit.class).list();
        if (communes.isEmpty()) {
            return 0;
        }
        Map<Long, Long> counts = incidents.countPerUnit(communes.stream().map(Unit::id).toList(),
                LocalDate.of(2014, 1, 1), LocalDate.of(2015, 6, 30), UnitScope.EVERYTHING);
        List<Unit> ranked = new ArrayList<>(communes);
        ranked.sort(Comparator.comparing((Unit c) -> -counts.get(c.id())).thenComparing(Unit::code));
        int created = 0;
        for (int i = 0; i < 27 && i < ranked.size(); i++) {
            Unit c = ranked.get(i);
            boolean achieved = i % 4 != 3;
            long id = hotspot("Địa bàn trọng điểm phức tạp về ANTT " + c.name(), "KEY_AREA", "KEY_AREA",
                    (1250 + i) + "/QĐ-BCĐ138", DESIGNATED, "Ban Chỉ đạo 138 tỉnh Ninh Bình",
                    achieved ? "TRANSFORMED" : "DESIGNATED", achieved && i % 3 != 2, List.of(c));
            plan(id, c.name());
            progress(id, LocalDate.of(2016, 4, 30), "IN_PROGRESS", "Sơ kết 6 tháng: tội phạm, tệ nạn có xu hướng giảm; duy trì tuần tra.");
            progress(id, LocalDate.of(2016, 10, 15), achieved ? "ACHIEVED" : "NOT_ACHIEVED",
                    achieved ? "Đánh giá năm: đạt mục tiêu chuyển hóa." : "Đánh giá năm: chưa đạt, tiếp tục chuyển hóa năm 2017.");
            created++;
        }
        List<Unit> rest = new ArrayList<>(ranked.subList(Math.min(27, ranked.size()), ranked.size()));
        java.util.Collections.shuffle(rest, random);
        for (int i = 0; i < 21 && i < rest.size(); i++) {
            Unit c = rest.get(i);
            boolean achieved = random.nextInt(5) > 0;
            long id = hotspot("Xã điểm " + c.name(), "KEY_AREA", "PILOT_COMMUNE", "36/KH-UBND", LocalDate.of(2015, 6, 1),
                    "Ủy ban nhân dân tỉnh Ninh Bình", achieved ? "TRANSFORMED" : "DESIGNATED", false, List.of(c));
            progress(id, LocalDate.of(2016, 10, 20), achieved ? "ACHIEVED" : "IN_PROGRESS",
                    achieved ? "Đạt tiêu chí an ninh, trật tự của chương trình xây dựng nông thôn mới." : "Đang hoàn thiện các tiêu chí.");
            created++;
        }
        List<Unit> areas = jdbc.sql("""
                        SELECT a.id, a.code, a.name, a.path, pa.name AS parent_name FROM unit_version a
                        JOIN unit_version pa ON pa.id = a.parent_id
                        WHERE a.path LIKE :prefix AND a.level = 'RESIDENTIAL_AREA' AND a.valid_from <= :d AND (a.valid_to IS NULL OR a.valid_to >= :d)
                        ORDER BY a.code""")
                .param("d", SELECTED).param("prefix", province + "%").query(Unit.class).list();
        List<Unit> keyCommunes = ranked.subList(0, Math.min(27, ranked.size()));
        List<Unit> picked = new ArrayList<>();
        for (Unit a : areas) {
            boolean inKey = keyCommunes.stream().anyMatch(c -> a.path().startsWith(c.path()));
            if (random.nextDouble() < (inKey ? 0.22 : 0.07) && picked.size() < 164) {
                picked.add(a);
            }
        }
        for (int i = 0; i < picked.size(); i++) {
            Unit a = picked.get(i);
            boolean drugs = random.nextInt(4) == 0;
            boolean achieved = random.nextInt(3) > 0;
            String commune = a.parentName();
            long id = hotspot((drugs ? "Điểm phức tạp về ma túy " : "Khu dân cư phức tạp về ANTT ") + a.name() + ", " + commune,
                    drugs ? "DRUG_SPOT" : "COMPLEX_SPOT", "SELECTED_AREA", (410 + i / 20) + "/QĐ-BCĐ", SELECTED,
                    "Ban Chỉ đạo 138 cấp huyện", achieved ? "TRANSFORMED" : "DESIGNATED", false, List.of(a));
            progress(id, LocalDate.of(2016, 10, 10), achieved ? "ACHIEVED" : "IN_PROGRESS",
                    achieved ? "Tình hình ổn định, không phát sinh tụ điểm mới." : "Còn phức tạp, tiếp tục theo dõi.");
            created++;
        }
        batch.batchUpdate("INSERT INTO hotspot_unit (hotspot_id, unit_id, unit_code) VALUES (?, ?, ?)", units);
        batch.batchUpdate("INSERT INTO hotspot_measure (hotspot_id, measure, responsible, deadline, done) VALUES (?, ?, ?, ?, ?)", measures);
        batch.batchUpdate("INSERT INTO hotspot_progress (hotspot_id, reported_on, assessment, note) VALUES (?, ?, ?, ?)", progress);
        audit.record(AuditAction.IMPORT, HotspotService.ENTITY, null,
                "Nạp dữ liệu demo: chương trình 2015–2016 (" + created + " địa bàn, xã điểm, khu dân cư)", null, null);
        return created;
    }

    private long hotspot(String name, String kind, String role, String decisionNo, LocalDate date, String authority,
                         String status, boolean delisted, List<Unit> covered) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO hotspot (name, kind, programme, programme_role, decision_no, decision_date, authority, status,
                            delisting_no, delisting_date, delisting_authority, search_key, sort_key, created_at, created_by)
                        VALUES (:name, :kind, :programme, :role, :no, :date, :authority, :status, :dno, :ddate, :dby,
                            :searchKey, :sortKey, :at, 'demo')""")
                .param("name", name).param("kind", kind).param("programme", PROGRAMME).param("role", role)
                .param("no", decisionNo).param("date", date).param("authority", authority)
                .param("status", delisted ? "DELISTED" : status)
                .param("dno", delisted ? "35/QĐ-BCĐ138" : null).param("ddate", delisted ? LocalDate.of(2017, 1, 20) : null)
                .param("dby", delisted ? "Ban Chỉ đạo 138 tỉnh Ninh Bình" : null)
                .param("searchKey", VietnameseText.searchKey(name + " " + decisionNo)).param("sortKey", VietnameseText.sortKey(name))
                .param("at", now).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        covered.forEach(u -> units.add(new Object[]{id, u.id(), u.code()}));
        return id;
    }

    private void plan(long id, String commune) {
        measures.add(new Object[]{id, "Tăng cường tuần tra, kiểm soát vào ban đêm tại " + commune, "Công an xã, lực lượng bán chuyên trách",
                java.sql.Date.valueOf(LocalDate.of(2015, 12, 31)), true});
        measures.add(new Object[]{id, "Lập danh sách, quản lý, giáo dục đối tượng tại cộng đồng", "Công an huyện, Ủy ban nhân dân xã",
                java.sql.Date.valueOf(LocalDate.of(2016, 3, 31)), true});
        measures.add(new Object[]{id, "Xây dựng mô hình tự quản về an ninh, trật tự ở thôn, xóm", "Mặt trận Tổ quốc xã, các đoàn thể",
                java.sql.Date.valueOf(LocalDate.of(2016, 9, 30)), random.nextBoolean()});
    }

    private void progress(long id, LocalDate date, String assessment, String note) {
        progress.add(new Object[]{id, java.sql.Date.valueOf(date), assessment, note});
    }
}
