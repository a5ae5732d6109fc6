package vn.xomantoan.households.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.households.HouseholdClosed;
import vn.xomantoan.households.HouseholdMoved;
import vn.xomantoan.households.HouseholdRegistered;
import vn.xomantoan.households.HouseholdView;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.ValidationFailure.Problem;
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

/**
 * Adding, correcting, closing and moving households. Every command checks the role, then the scope
 * (a household outside it is not found), then the input, before writing anything; each write is
 * audited in the same transaction.
 */
@Service
@Transactional
public class HouseholdService {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final JdbcClient jdbc;
    private final HouseholdQueries queries;
    private final HouseholdAccess access;
    private final UnitCatalog units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    HouseholdService(JdbcClient jdbc, HouseholdQueries queries, HouseholdAccess access, UnitCatalog units, AuditLog audit,
                     ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.events = events;
    }

    public long register(String areaCode, LocalDate movedIn, HouseholdDraft draft) {
        access.requireHouseholdWriter();
        UnitScope scope = access.scope();
        LocalDate today = LocalDate.now();
        List<Problem> problems = new ArrayList<>();
        UnitView area = null;
        if (areaCode == null || areaCode.isBlank()) {
            problems.add(new Problem("areaCode", "households.error.areaRequired", null));
        } else {
            area = area(areaCode.trim(), today, scope);
            if (area == null) {
                problems.add(new Problem("areaCode", "households.error.areaNotFound", new Object[]{areaCode.trim(), WebDates.format(today)}));
            }
        }
        checkDate(problems, "movedIn", movedIn, "households.error.movedInRequired", "households.error.movedInFuture");
        problems.addAll(draft.problems());
        fail(problems);

        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO household (head_name, head_gender, house_no, street, members, phone, moved_in, note,
                                               search_key, sort_key, created_at)
                        VALUES (:name, :gender, :houseNo, :street, :members, :phone, :movedIn, :note, :search, :sort, :now)""")
                .params(draftParams(draft)).param("movedIn", movedIn).param("now", LocalDateTime.now())
                .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("INSERT INTO household_residence (household_id, area_code, valid_from) VALUES (:id, :area, :from)")
                .param("id", id).param("area", area.code()).param("from", movedIn).update();
        audit.record(AuditAction.CREATE, "Household", id, "Thêm hộ " + draft.headName() + " vào " + area.name()
                + " (" + area.code() + ") từ ngày " + WebDates.format(movedIn), null, snapshot(draft, area.code(), movedIn));
        events.publishEvent(new HouseholdRegistered(id, area.code(), movedIn));
        return id;
    }

    public void update(long id, long rowVersion, HouseholdDraft draft) {
        access.requireHouseholdWriter();
        HouseholdView before = writable(id);
        fail(draft.problems());
        int updated = jdbc.sql("""
                        UPDATE household SET head_name = :name, head_gender = :gender, house_no = :houseNo, street = :street,
                               members = :members, phone = :phone, note = :note, search_key = :search, sort_key = :sort,
                               row_version = row_version + 1
                        WHERE id = :id AND row_version = :rowVersion""")
                .params(draftParams(draft)).param("id", id).param("rowVersion", rowVersion).update();
        concurrent(updated);
        audit.record(AuditAction.UPDATE, "Household", id, "Sửa thông tin hộ " + draft.headName(), before,
                snapshot(draft, before.areaCode(), before.movedIn()));
    }

    /** The household moved away on {@code movedOut}: its residence ends that day. */
    public void close(long id, long rowVersion, LocalDate movedOut) {
        access.requireHouseholdWriter();
        HouseholdView before = writable(id);
        LocalDate residentSince = currentResidenceStart(id);
        List<Problem> problems = new ArrayList<>();
        if (before.movedOut() != null) {
            problems.add(new Problem("movedOut", "households.error.alreadyClosed", new Object[]{WebDates.format(before.movedOut())}));
        } else if (checkDate(problems, "movedOut", movedOut, "households.error.dateRequired", "households.error.movedOutFuture")
                && movedOut.isBefore(residentSince)) {
            problems.add(new Problem("movedOut", "households.error.movedOutBeforeResidence", new Object[]{WebDates.format(residentSince)}));
        }
        fail(problems);
        concurrent(jdbc.sql("UPDATE household SET moved_out = :out, row_version = row_version + 1 WHERE id = :id AND row_version = :rv")
                .param("out", movedOut).param("id", id).param("rv", rowVersion).update());
        jdbc.sql("UPDATE household_residence SET valid_to = :out WHERE household_id = :id AND valid_to IS NULL")
                .param("out", movedOut).param("id", id).update();
        audit.record(AuditAction.CLOSE, "Household", id, "Hộ " + before.headName() + " chuyển đi từ ngày "
                + WebDates.format(movedOut), before, Map.of("movedOut", movedOut.toString()));
        events.publishEvent(new HouseholdClosed(id, before.areaCode(), movedOut));
    }

    /** The household lives in {@code toAreaCode} from {@code date}: the old residence ends the day before. */
    public void move(long id, long rowVersion, String toAreaCode, LocalDate date) {
        access.requireHouseholdWriter();
        HouseholdView before = writable(id);
        LocalDate residentSince = currentResidenceStart(id);
        List<Problem> problems = new ArrayList<>();
        if (before.movedOut() != null) {
            problems.add(new Problem("areaCode", "households.error.alreadyClosed", new Object[]{WebDates.format(before.movedOut())}));
            fail(problems);
        }
        boolean dateOk = checkDate(problems, "date", date, "households.error.dateRequired", "households.error.moveDateFuture");
        if (dateOk && !date.isAfter(residentSince)) {
            problems.add(new Problem("date", "households.error.moveDateBeforeResidence", new Object[]{WebDates.format(residentSince)}));
            dateOk = false;
        }
        UnitView target = null;
        if (toAreaCode == null || toAreaCode.isBlank()) {
            problems.add(new Problem("areaCode", "households.error.areaRequired", null));
        } else if (toAreaCode.trim().equals(before.areaCode())) {
            problems.add(new Problem("areaCode", "households.error.sameArea", null));
        } else {
            LocalDate on = dateOk ? date : LocalDate.now();
            target = area(toAreaCode.trim(), on, access.scope());
            if (target == null) {
                problems.add(new Problem("areaCode", "households.error.areaNotFound", new Object[]{toAreaCode.trim(), WebDates.format(on)}));
            }
        }
        fail(problems);
        concurrent(jdbc.sql("UPDATE household SET row_version = row_version + 1 WHERE id = :id AND row_version = :rv")
                .param("id", id).param("rv", rowVersion).update());
        jdbc.sql("UPDATE household_residence SET valid_to = :last WHERE household_id = :id AND valid_to IS NULL")
                .param("last", date.minusDays(1)).param("id", id).update();
        jdbc.sql("INSERT INTO household_residence (household_id, area_code, valid_from) VALUES (:id, :area, :from)")
                .param("id", id).param("area", target.code()).param("from", date).update();
        audit.record(AuditAction.UPDATE, "Household", id, "Hộ " + before.headName() + " chuyển từ khu dân cư " + before.areaCode()
                        + " đến " + target.name() + " (" + target.code() + ") từ ngày " + WebDates.format(date),
                Map.of("areaCode", before.areaCode()), Map.of("areaCode", target.code(), "from", date.toString()));
        events.publishEvent(new HouseholdMoved(id, before.areaCode(), target.code(), date));
    }

    private HouseholdView writable(long id) {
        return queries.writable(id, access.scope()).orElseThrow(NotFound::new);
    }

    private LocalDate currentResidenceStart(long id) {
        return jdbc.sql("SELECT MAX(valid_from) FROM household_residence WHERE household_id = :id")
                .param("id", id).query(LocalDate.class).single();
    }

    private UnitView area(String code, LocalDate date, UnitScope scope) {
        return units.validOn(code, date, scope).filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).orElse(null);
    }

    /** Adds a problem when the date is missing, in the future or absurdly early; true when it is usable. */
    private static boolean checkDate(List<Problem> problems, String field, LocalDate date, String requiredKey, String futureKey) {
        if (date == null) {
            problems.add(new Problem(field, requiredKey, null));
            return false;
        }
        if (date.isAfter(LocalDate.now())) {
            problems.add(new Problem(field, futureKey, new Object[]{WebDates.format(date)}));
            return false;
        }
        if (date.isBefore(EARLIEST)) {
            problems.add(new Problem(field, "households.error.dateTooEarly", new Object[]{WebDates.format(date)}));
            return false;
        }
        return true;
    }

    private static void fail(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
    }

    private static void concurrent(int updated) {
        if (updated == 0) {
            throw ValidationFailure.of("", "error.concurrentChange");
        }
    }

    private static Map<String, Object> draftParams(HouseholdDraft d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", d.headName());
        p.put("gender", d.headGender() == null ? null : d.headGender().name());
        p.put("houseNo", d.houseNo());
        p.put("street", d.street());
        p.put("members", d.members());
        p.put("phone", d.phone());
        p.put("note", d.note());
        p.put("search", d.searchKey());
        p.put("sort", d.sortKey());
        return p;
    }

    private static Map<String, Object> snapshot(HouseholdDraft d, String areaCode, LocalDate movedIn) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("headName", d.headName());
        m.put("headGender", d.headGender());
        m.put("houseNo", d.houseNo());
        m.put("street", d.street());
        m.put("members", d.members());
        m.put("phone", d.phone());
        m.put("note", d.note());
        m.put("areaCode", areaCode);
        m.put("movedIn", movedIn == null ? null : movedIn.toString());
        return m;
    }
}
