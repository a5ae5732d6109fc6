package vn.xomantoan.incidents.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.text.VietnameseText;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Administrators edit the reference lists: rename, end a row, or add a row valid from a date. */
@Service
public class ReferenceAdmin {

    static final List<String> LISTS = List.of("CATEGORY", "SUBCATEGORY", "FIRE_LEVEL", "TRAFFIC_CLASS", "LABOUR_CLASS");

    private final JdbcClient jdbc;
    private final IncidentAccess access;
    private final ReferenceData reference;
    private final AuditLog audit;

    ReferenceAdmin(JdbcClient jdbc, IncidentAccess access, ReferenceData reference, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.reference = reference;
        this.audit = audit;
    }

    public static List<String> lists() {
        return LISTS;
    }

    @Transactional
    public void update(long id, long rowVersion, String nameVi, String nameEn, boolean serious, LocalDate validTo) {
        access.requireAdmin();
        RefItem before = reference.byId(id).orElseThrow(NotFound::new);
        String vi = VietnameseText.clean(nameVi);
        String en = VietnameseText.clean(nameEn);
        if (vi == null || vi.isEmpty() || en == null || en.isEmpty()) {
            throw ValidationFailure.of("nameVi", "incidents.error.referenceName");
        }
        if (validTo != null && validTo.isBefore(before.validFrom())) {
            throw ValidationFailure.of("validTo", "incidents.error.period");
        }
        int n = jdbc.sql("""
                        UPDATE incident_reference SET name_vi = :vi, name_en = :en, serious = :s, valid_to = :to,
                            row_version = row_version + 1 WHERE id = :id AND row_version = :v""")
                .param("vi", vi).param("en", en).param("s", serious).param("to", validTo).param("id", id).param("v", rowVersion).update();
        if (n == 0) {
            throw ValidationFailure.of("", "error.concurrentChange");
        }
        audit.record(AuditAction.UPDATE, "IncidentReference", id, "Sửa danh mục " + before.code(), before,
                Map.of("nameVi", vi, "nameEn", en, "serious", serious, "validTo", String.valueOf(validTo)));
    }

    @Transactional
    public void add(String list, String code, String parentCode, String nameVi, String nameEn, String gradeList,
                    boolean serious, String criterion, LocalDate validFrom) {
        access.requireAdmin();
        if (!LISTS.contains(list)) {
            throw ValidationFailure.of("list", "incidents.error.referenceList");
        }
        String c = code == null ? "" : code.trim();
        if (!c.matches("[A-Z0-9_]{2,40}")) {
            throw ValidationFailure.of("code", "incidents.error.referenceCode");
        }
        String vi = VietnameseText.clean(nameVi);
        String en = VietnameseText.clean(nameEn);
        if (vi == null || vi.isEmpty() || en == null || en.isEmpty()) {
            throw ValidationFailure.of("nameVi", "incidents.error.referenceName");
        }
        if (validFrom == null) {
            throw ValidationFailure.of("validFrom", "incidents.error.dateRequired");
        }
        long overlapping = jdbc.sql("""
                        SELECT COUNT(*) FROM incident_reference WHERE list_name = :l AND code = :c
                          AND (valid_to IS NULL OR valid_to >= :f)""")
                .param("l", list).param("c", c).param("f", validFrom).query(Long.class).single();
        if (overlapping > 0) {
            throw ValidationFailure.of("code", "incidents.error.referenceOverlap", c);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("l", list);
        p.put("c", c);
        p.put("p", parentCode == null || parentCode.isBlank() ? null : parentCode.trim());
        p.put("vi", vi);
        p.put("en", en);
        p.put("g", gradeList == null || gradeList.isBlank() ? null : gradeList.trim());
        p.put("s", serious);
        p.put("cr", criterion == null || criterion.isBlank() ? null : criterion.trim());
        p.put("f", validFrom);
        jdbc.sql("""
                        INSERT INTO incident_reference (list_name, code, parent_code, name_vi, name_en, grade_list, serious, criterion, position, valid_from)
                        VALUES (:l, :c, :p, :vi, :en, :g, :s, :cr, 99, :f)""").params(p).update();
        audit.record(AuditAction.CREATE, "IncidentReference", c, "Thêm mục danh mục " + c + " từ " + validFrom, null, p);
    }
}
