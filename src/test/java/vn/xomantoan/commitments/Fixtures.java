package vn.xomantoan.commitments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.xomantoan.shared.text.VietnameseText;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Households, residences, campaigns and commitments written straight into the test database. */
final class Fixtures {

    private final JdbcClient jdbc;

    Fixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A household living in one area from {@code from} (to {@code to}, inclusive, when it left). */
    long household(String head, String areaCode, LocalDate from, LocalDate to) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO household (head_name, members, house_no, moved_in, moved_out, search_key, sort_key, created_at)
                        VALUES (:head, 4, 'Số 7', :from, :to, :sk, :sort, :now)""")
                .param("head", head).param("from", from).param("to", to, java.sql.Types.DATE)
                .param("sk", VietnameseText.searchKey(head)).param("sort", VietnameseText.sortKey(head))
                .param("now", LocalDateTime.now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        residence(id, areaCode, from, to);
        return id;
    }

    void residence(long household, String areaCode, LocalDate from, LocalDate to) {
        jdbc.sql("INSERT INTO household_residence (household_id, area_code, valid_from, valid_to) VALUES (:h, :a, :f, :t)")
                .param("h", household).param("a", areaCode).param("f", from).param("t", to, java.sql.Types.DATE).update();
    }

    /** Moves a household to another area: the old residence ends the day before. */
    void move(long household, String toArea, LocalDate on) {
        jdbc.sql("UPDATE household_residence SET valid_to = :last WHERE household_id = :h AND valid_to IS NULL")
                .param("last", on.minusDays(1)).param("h", household).update();
        residence(household, toArea, on, null);
    }

    long campaign(int year, String ownerCode, LocalDate ownerOn) {
        long owner = jdbc.sql("SELECT id FROM unit_version WHERE code = :c AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)")
                .param("c", ownerCode).param("d", ownerOn).query(Long.class).single();
        CriteriaSet criteria = CriteriaSet.forYear(year);
        long template = jdbc.sql("SELECT MIN(id) FROM commitment_template WHERE criteria_set = :c").param("c", criteria.name())
                .query(Long.class).single();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO commitment_campaign (eval_year, subject_kind, owner_unit_id, name, deadline, grace_days, criteria_set,
                            template_id, search_key, created_at, created_by)
                        VALUES (:y, 'HOUSEHOLD', :o, :n, :dl, 30, :c, :t, 'test', :now, 'test')""")
                .param("y", year).param("o", owner).param("n", "Đợt thử " + year).param("dl", LocalDate.of(year, 3, 31))
                .param("c", criteria.name()).param("t", template).param("now", LocalDateTime.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A campaign of units of one kind (residential areas, agencies, enterprises, schools) with a form template of that kind. */
    /** Codes of the units under {@code code} on a day matching {@code condition} (on unit_version s and org_unit o), in code order. */
    List<String> unitsUnder(String code, LocalDate on, String condition) {
        return jdbc.sql("SELECT s.code FROM unit_version t JOIN unit_version s ON s.path LIKE CONCAT(t.path, '%') "
                        + "JOIN org_unit o ON o.id = s.id "
                        + "WHERE t.code = :c AND t.valid_from <= :d AND (t.valid_to IS NULL OR t.valid_to >= :d) "
                        + "AND s.valid_from <= :d AND (s.valid_to IS NULL OR s.valid_to >= :d) AND " + condition + " ORDER BY s.code")
                .param("c", code).param("d", on).query(String.class).list();
    }

    long unitCampaign(int year, SubjectKind kind, String ownerCode, LocalDate ownerOn) {
        long owner = jdbc.sql("SELECT id FROM unit_version WHERE code = :c AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)")
                .param("c", ownerCode).param("d", ownerOn).query(Long.class).single();
        CriteriaSet criteria = CriteriaSet.forYear(year);
        GeneratedKeyHolder templateKey = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO commitment_template (code, version, title, criteria_set, subject_kind, valid_from, body, commitments_text,
                            created_at, created_by)
                        VALUES (:code, 1, 'Phiếu đăng ký của đơn vị', :c, :k, :from, 'Đơn vị {{unit}} đăng ký.', '1. Chấp hành pháp luật.', :now, 'test')""")
                .param("code", "TEST-" + kind + "-" + System.nanoTime()).param("c", criteria.name()).param("k", kind.name())
                .param("from", LocalDate.of(year - 1, 1, 1)).param("now", LocalDateTime.now())
                .update(templateKey, "id");
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO commitment_campaign (eval_year, subject_kind, owner_unit_id, name, deadline, grace_days, criteria_set,
                            template_id, search_key, created_at, created_by)
                        VALUES (:y, :k, :o, :n, :dl, 30, :c, :t, 'test', :now, 'test')""")
                .param("y", year).param("k", kind.name()).param("o", owner).param("n", "Đợt thử đơn vị " + kind + " " + year)
                .param("dl", LocalDate.of(year, 3, 31)).param("c", criteria.name()).param("t", templateKey.getKey().longValue())
                .param("now", LocalDateTime.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void sign(long campaign, long household, String areaCode, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO commitment (campaign_id, household_id, area_code, signed_on, signed_by, recorded_by, recorded_at)
                        VALUES (:c, :h, :a, :d, 'Chủ hộ', 'test', :now)""")
                .param("c", campaign).param("h", household).param("a", areaCode).param("d", on).param("now", LocalDateTime.now())
                .update();
    }

    /** Every household living in the area on the date signs on that date. */
    void signEveryone(long campaign, String areaCode, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO commitment (campaign_id, household_id, area_code, signed_on, signed_by, recorded_by, recorded_at)
                        SELECT :c, r.household_id, r.area_code, :d, r.head_name, 'test', :now FROM household_resident r
                        WHERE r.area_code = :a AND r.valid_from <= :d AND (r.valid_to IS NULL OR r.valid_to >= :d)
                          AND NOT EXISTS (SELECT 1 FROM commitment k WHERE k.campaign_id = :c AND k.household_id = r.household_id)""")
                .param("c", campaign).param("a", areaCode).param("d", on).param("now", LocalDateTime.now()).update();
    }

    long residentCount(String areaCode, LocalDate on) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM household_resident r WHERE r.area_code = :a AND r.valid_from <= :d
                          AND (r.valid_to IS NULL OR r.valid_to >= :d) AND (r.moved_out IS NULL OR r.moved_out >= :d)""")
                .param("a", areaCode).param("d", on).query(Long.class).single();
    }
}
