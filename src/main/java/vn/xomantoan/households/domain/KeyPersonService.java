package vn.xomantoan.households.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.households.KeyPersonView;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.ValidationFailure.Problem;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Appointing key people of residential areas, communes and establishments, correcting them and ending terms. */
@Service
@Transactional
public class KeyPersonService {

    private final JdbcClient jdbc;
    private final KeyPersonQueries queries;
    private final HouseholdAccess access;
    private final UnitCatalog units;
    private final AuditLog audit;

    KeyPersonService(JdbcClient jdbc, KeyPersonQueries queries, HouseholdAccess access, UnitCatalog units, AuditLog audit) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.access = access;
        this.units = units;
        this.audit = audit;
    }

    public long appoint(String unitCode, KeyPersonDraft draft) {
        access.requireKeyPeopleWriter();
        List<Problem> problems = new ArrayList<>(draft.problems());
        LocalDate on = draft.termFrom() == null ? LocalDate.now() : draft.termFrom();
        UnitView unit = unit(unitCode, on);
        if (unit == null) {
            problems.add(new Problem("unitCode", "keyPeople.error.unitNotFound",
                    new Object[]{unitCode == null ? "" : unitCode.trim(), WebDates.format(on)}));
        }
        fail(problems);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO key_person (unit_code, full_name, gender, birth_year, role, respected_kind, term_from, term_to,
                                                phone, note, search_key, sort_key, created_at)
                        VALUES (:unit, :name, :gender, :birthYear, :role, :kind, :from, :to, :phone, :note, :search, :sort, :now)""")
                .params(params(draft)).param("unit", unit.code()).param("now", LocalDateTime.now()).update(key, "id");
        long id = key.getKey().longValue();
        audit.record(AuditAction.CREATE, "KeyPerson", id, "Ghi nhận " + draft.fullName() + " (" + draft.role() + ") tại "
                + unit.name() + " từ ngày " + WebDates.format(draft.termFrom()), null, snapshot(unit.code(), draft));
        return id;
    }

    public void update(long id, long rowVersion, KeyPersonDraft draft) {
        access.requireKeyPeopleWriter();
        KeyPersonView before = queries.byId(id, access.scope()).orElseThrow(NotFound::new);
        fail(draft.problems());
        int n = jdbc.sql("""
                        UPDATE key_person SET full_name = :name, gender = :gender, birth_year = :birthYear, role = :role,
                               respected_kind = :kind, term_from = :from, term_to = :to, phone = :phone, note = :note,
                               search_key = :search, sort_key = :sort, row_version = row_version + 1
                        WHERE id = :id AND row_version = :rv""")
                .params(params(draft)).param("id", id).param("rv", rowVersion).update();
        if (n == 0) {
            throw ValidationFailure.of("", "error.concurrentChange");
        }
        audit.record(AuditAction.UPDATE, "KeyPerson", id, "Sửa thông tin " + draft.fullName(), before, snapshot(before.unitCode(), draft));
    }

    /** The term ended on {@code lastDay}. */
    public void endTerm(long id, long rowVersion, LocalDate lastDay) {
        access.requireKeyPeopleWriter();
        KeyPersonView before = queries.byId(id, access.scope()).orElseThrow(NotFound::new);
        if (lastDay == null) {
            throw ValidationFailure.of("termTo", "keyPeople.error.termToRequired");
        }
        if (lastDay.isBefore(before.termFrom())) {
            throw ValidationFailure.of("termTo", "keyPeople.error.termOrder");
        }
        int n = jdbc.sql("UPDATE key_person SET term_to = :to, row_version = row_version + 1 WHERE id = :id AND row_version = :rv")
                .param("to", lastDay).param("id", id).param("rv", rowVersion).update();
        if (n == 0) {
            throw ValidationFailure.of("", "error.concurrentChange");
        }
        audit.record(AuditAction.CLOSE, "KeyPerson", id, "Kết thúc nhiệm kỳ của " + before.fullName() + " ngày "
                + WebDates.format(lastDay), before, Map.of("termTo", lastDay.toString()));
    }

    private UnitView unit(String code, LocalDate on) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return units.validOn(code.trim(), on, access.scope())
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA || u.level() == UnitLevel.COMMUNE || u.level() == UnitLevel.ESTABLISHMENT)
                .orElse(null);
    }

    private static void fail(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
    }

    private static Map<String, Object> params(KeyPersonDraft d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", d.fullName());
        p.put("gender", d.gender().name());
        p.put("birthYear", d.birthYear());
        p.put("role", d.role().name());
        p.put("kind", d.respectedKind() == null ? null : d.respectedKind().name());
        p.put("from", d.termFrom());
        p.put("to", d.termTo());
        p.put("phone", d.phone());
        p.put("note", d.note());
        p.put("search", VietnameseText.searchKey(d.fullName()));
        p.put("sort", HouseholdDraft.personSortKey(d.fullName()));
        return p;
    }

    private static Map<String, Object> snapshot(String unitCode, KeyPersonDraft d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitCode", unitCode);
        m.put("fullName", d.fullName());
        m.put("gender", d.gender());
        m.put("birthYear", d.birthYear());
        m.put("role", d.role());
        m.put("respectedKind", d.respectedKind());
        m.put("termFrom", String.valueOf(d.termFrom()));
        m.put("termTo", d.termTo() == null ? null : d.termTo().toString());
        m.put("phone", d.phone());
        return m;
    }
}
