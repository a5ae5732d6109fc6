package vn.xomantoan.documents.domain;

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
 * The steering documents of the seed: Directive 09-CT/TW and Circular 23/2012/TT-BCA (central),
 * Notice 23-TT/TU of 04/05/2015, the provincial police's 7 plans (Plan 36 first), 9 monthly notices,
 * 36 official letters, the steering committee's guidance, the 8 notices of district party committees
 * and the one-year report; then a plausible flow of documents up to today.
 */
@Component
@Order(61)
class DocumentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DocumentDemoData.class);
    private static final String POLICE = "Công an tỉnh Ninh Bình";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final boolean demo;
    private final List<Object[]> rows = new ArrayList<>();
    private final List<Object[]> basis = new ArrayList<>();
    private final LocalDateTime now = LocalDateTime.now();

    DocumentDemoData(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx, AuditLog audit,
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
            if (jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single() > 0) {
                return;
            }
            DemoUnits units = DemoUnits.load(jdbc);
            if (units == null) {
                return;
            }
            load(units, new Random(23042015L));
            communePapers(new Random(31032015L));
            template.batchUpdate("""
                    INSERT INTO document (id, number, doc_type, issued_on, issuer, unit_id, summary, search_key, sort_key, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            template.batchUpdate("INSERT INTO document_basis (document_id, basis_id) VALUES (?, ?)", basis);
            template.execute("ALTER TABLE document ALTER COLUMN id RESTART WITH " + (rows.size() + 1));
            audit.record(AuditAction.IMPORT, "Document", null, "Nạp dữ liệu demo văn bản chỉ đạo phong trào", null,
                    Map.of("documents", rows.size()));
            log.info("Loaded {} demo documents", rows.size());
        });
    }

    private void load(DemoUnits units, Random random) {
        long directive = add("09-CT/TW", "DIRECTIVE", LocalDate.of(2011, 12, 1), "Ban Bí thư Trung ương Đảng", null,
                "Tăng cường sự lãnh đạo của Đảng đối với phong trào Toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới");
        long circular = add("23/2012/TT-BCA", "CIRCULAR", LocalDate.of(2012, 4, 27), "Bộ Công an", null,
                "Quy định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn \"An toàn về an ninh, trật tự\"");
        long notice = add("23-TT/TU", "PARTY_NOTICE", LocalDate.of(2015, 5, 4), "Ban Thường vụ Tỉnh ủy Ninh Bình", units.province,
                "Về xây dựng phong trào \"Tổ dân phố, thôn, xóm an toàn\"");
        link(notice, directive);
        link(notice, circular);
        long plan36 = add("36/KH-CAT", "PLAN", LocalDate.of(2015, 5, 20), POLICE, units.province,
                "Kế hoạch triển khai thực hiện Thông tri 23-TT/TU về xây dựng phong trào \"Tổ dân phố, thôn, xóm an toàn\"");
        link(plan36, notice);
        link(plan36, circular);
        long guidance = add("01/HD-BCĐ", "GUIDANCE", LocalDate.of(2015, 6, 5), "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào Toàn dân bảo vệ ANTQ tỉnh",
                units.province, "Hướng dẫn và biểu mẫu ký cam kết tới từng hộ gia đình, khu dân cư, cơ quan, đơn vị");
        link(guidance, plan36);
        String[] plans = {"Nhân rộng điển hình tiên tiến là bí thư chi bộ, trưởng thôn, tổ trưởng tổ dân phố",
                "Tuyên truyền phong trào tại nhà chùa, giáo xứ", "Tọa đàm, trao đổi kinh nghiệm ở cơ sở",
                "Giải quyết, chuyển hóa địa bàn trọng điểm phức tạp về ANTT", "Kiểm tra việc thực hiện phong trào ở cơ sở",
                "Sơ kết 1 năm thực hiện phong trào"};
        int[] planNumbers = {58, 74, 103, 121, 142, 187};
        for (int i = 0; i < plans.length; i++) {
            long id = add(planNumbers[i] + "/KH-CAT", "PLAN", DemoUnits.day(random, LocalDate.of(2015, 6, 15), LocalDate.of(2016, 9, 15)),
                    POLICE, units.province, plans[i]);
            link(id, plan36);
        }
        for (int m = 1; m <= 9; m++) {
            long id = add((10 + m * 7) + "/TB-CAT", "NOTICE", LocalDate.of(2016, m, 28), POLICE, units.province,
                    "Thông báo kết quả thực hiện phong trào \"Tổ dân phố, thôn, xóm an toàn\" tháng " + m + "/2016");
            link(id, plan36);
        }
        for (int i = 0; i < 36; i++) {
            LocalDate day = DemoUnits.day(random, LocalDate.of(2015, 5, 25), LocalDate.of(2016, 10, 20));
            String[] subjects = {"Hướng dẫn triển khai ký cam kết hộ gia đình", "Đôn đốc thực hiện Kế hoạch 36/KH-CAT",
                    "Chấn chỉnh, rút kinh nghiệm việc thực hiện phong trào", "Hướng dẫn báo cáo kết quả hằng tháng"};
            long id = add((300 + i * 23) + "/CAT-PV05", "OFFICIAL_LETTER", day, POLICE, units.province,
                    subjects[random.nextInt(subjects.length)]);
            link(id, plan36);
        }
        for (U district : units.districts) {
            String issuer = (district.type().equals("HUYEN") ? "Huyện ủy " : "Thành ủy ") + district.name().replaceFirst("^(Huyện|Thành phố) ", "");
            long id = add((40 + random.nextInt(60)) + "-TB/" + (district.type().equals("HUYEN") ? "HU" : "TU"), "NOTICE",
                    DemoUnits.day(random, LocalDate.of(2015, 10, 1), LocalDate.of(2016, 9, 30)), issuer, district,
                    "Thông báo phổ biến kinh nghiệm của các điển hình tiên tiến trong phong trào \"Tổ dân phố, thôn, xóm an toàn\"");
            link(id, notice);
        }
        long report = add("245/BC-CAT", "REPORT", LocalDate.of(2016, 10, 20), POLICE, units.province,
                "Báo cáo sơ kết 1 năm thực hiện Thông tri 23-TT/TU và Kế hoạch 36/KH-CAT");
        link(report, notice);
        long c124 = add("124/2021/TT-BCA", "CIRCULAR", LocalDate.of(2021, 12, 28), "Bộ Công an", null,
                "Quy định về khu dân cư, xã, phường, thị trấn, cơ sở giáo dục, cơ quan, doanh nghiệp đạt tiêu chuẩn \"An toàn về an ninh, trật tự\"");
        LocalDate today = LocalDate.now();
        for (int year = 2017; year <= today.getYear(); year++) {
            for (int k = 0; k < 8; k++) {
                LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                if (day.isAfter(today)) {
                    continue;
                }
                String type = k < 2 ? "PLAN" : k < 4 ? "NOTICE" : "OFFICIAL_LETTER";
                String suffix = type.equals("PLAN") ? "/KH-CAT" : type.equals("NOTICE") ? "/TB-CAT" : "/CAT-PV05";
                U unit = unitOn(units, jdbc, day);
                long id = add((k * 40 + 111 + random.nextInt(30)) + suffix, type, day, POLICE, unit,
                        "Chỉ đạo thực hiện phong trào Toàn dân bảo vệ ANTQ năm " + year);
                link(id, year >= 2022 ? c124 : plan36);
            }
        }
    }

    /**
     * This year's first-quarter papers of the communes (Party committee resolution, People's Committee
     * plan), read by the evaluation: most on time, a few late, some not recorded at all.
     */
    private void communePapers(Random random) {
        LocalDate today = LocalDate.now();
        int year = today.getYear();
        List<U> communes = jdbc.sql("""
                        SELECT id, code, name, unit_type, level, parent_id, valid_from, valid_to FROM unit_version
                        WHERE level = 'COMMUNE' AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d) ORDER BY code""")
                .param("d", LocalDate.of(year, 3, 31))
                .query((rs, n) -> new U(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), null,
                        rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class))).list();
        for (U commune : communes) {
            int story = random.nextInt(20);
            if (story < 2) {
                continue;
            }
            String place = commune.name().replaceFirst("^Xã ", "xã ").replaceFirst("^Phường ", "phường ");
            LocalDate resolutionDay = LocalDate.of(year, 1, 5).plusDays(random.nextInt(75));
            LocalDate planDay = story == 2 ? LocalDate.of(year, 4, 3).plusDays(random.nextInt(20)) : resolutionDay.plusDays(3 + random.nextInt(10));
            if (planDay.isAfter(LocalDate.of(year, 3, 31)) && story != 2) {
                planDay = LocalDate.of(year, 3, 31);
            }
            if (!resolutionDay.isAfter(today)) {
                add((1 + random.nextInt(9)) + "-NQ/ĐU", "RESOLUTION", resolutionDay, "Đảng ủy " + place, commune,
                        "Nghị quyết về lãnh đạo công tác bảo đảm an ninh, trật tự năm " + year);
            }
            if (!planDay.isAfter(today)) {
                add((10 + random.nextInt(40)) + "/KH-UBND", "PLAN", planDay, "Ủy ban nhân dân " + place, commune,
                        "Kế hoạch bảo đảm an ninh, trật tự và xây dựng phong trào Toàn dân bảo vệ ANTQ năm " + year);
            }
        }
    }

    /** The province version (old Ninh Bình, or the new one from 01/07/2025) valid on the day. */
    private static U unitOn(DemoUnits units, JdbcClient jdbc, LocalDate day) {
        if (units.province.validOn(day)) {
            return units.province;
        }
        return jdbc.sql("""
                        SELECT id, code, name, unit_type, level, parent_id, valid_from, valid_to FROM unit_version
                        WHERE code = '37' AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)""").param("d", day)
                .query((rs, n) -> new U(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), null,
                        rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class))).single();
    }

    private long add(String number, String type, LocalDate day, String issuer, U unit, String summary) {
        long id = rows.size() + 1L;
        rows.add(new Object[]{id, number, type, Date.valueOf(day), issuer, unit == null ? null : unit.id(), summary,
                VietnameseText.searchKey(number + " " + issuer + " " + summary), VietnameseText.sortKey(number), Timestamp.valueOf(now)});
        return id;
    }

    private void link(long document, long basisId) {
        basis.add(new Object[]{document, basisId});
    }
}
