package vn.xomantoan.activities.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.activities.ActivityLedgers;
import vn.xomantoan.activities.Checks;
import vn.xomantoan.activities.LedgerQueries;
import vn.xomantoan.activities.ProgrammeDraft;
import vn.xomantoan.activities.ProgrammeKind;
import vn.xomantoan.activities.Revisions;
import vn.xomantoan.activities.WriteAccess;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.identity.Role;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Service
public class ProgrammeService {

    private final JdbcClient jdbc;
    private final WriteAccess access;
    private final AuditLog audit;
    private final LedgerQueries ledger;

    ProgrammeService(JdbcClient jdbc, WriteAccess access, AuditLog audit, LedgerQueries ledger) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.ledger = ledger;
    }

    private record Member(UnitView unit, LocalDate joined, LocalDate left) {
    }

    private record Valid(Map<String, Object> columns, String name, List<Member> members) {
    }

    @Transactional
    public long create(ProgrammeDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        Valid v = validate(d);
        Map<String, Object> columns = new HashMap<>(v.columns());
        columns.put("created_at", LocalDateTime.now());
        long id = Revisions.insert(jdbc, "programme", columns);
        insertMembers(id, v.members());
        audit.record(AuditAction.CREATE, "Programme", id, "Ghi nhận chương trình \"" + v.name() + "\" với " + v.members().size()
                + " đơn vị tham gia", null, d);
        return id;
    }

    /** Saves a corrected programme; the units taking part are replaced by the ones given. */
    @Transactional
    public void update(long id, long rowVersion, ProgrammeDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        if (!ledger.visible(ActivityLedgers.PROGRAMMES, id)) {
            throw new NotFound();
        }
        Valid v = validate(d);
        Map<String, Object> before = Revisions.update(jdbc, "programme", id, rowVersion, v.columns());
        jdbc.sql("DELETE FROM programme_unit WHERE programme_id = :id").param("id", id).update();
        insertMembers(id, v.members());
        audit.record(AuditAction.UPDATE, "Programme", id, "Sửa chương trình \"" + v.name() + "\" với " + v.members().size()
                + " đơn vị tham gia", before, d);
    }

    private void insertMembers(long id, List<Member> members) {
        for (Member m : members) {
            Map<String, Object> q = new HashMap<>();
            q.put("p", id);
            q.put("u", m.unit().id());
            q.put("j", m.joined());
            q.put("l", m.left());
            jdbc.sql("INSERT INTO programme_unit (programme_id, unit_id, joined_on, left_on) VALUES (:p, :u, :j, :l)").params(q).update();
        }
    }

    private Valid validate(ProgrammeDraft d) {
        Checks c = new Checks(access);
        String name = c.text("name", d.name(), 300);
        ProgrammeKind kind = c.choice("kind", d.kind(), ProgrammeKind.class, true);
        LocalDate start = c.date("startedOn", d.startedOn(), true);
        LocalDate end = d.endedOn() == null || d.endedOn().isBlank() ? null : c.date("endedOn", d.endedOn(), false);
        if (start != null && end != null && end.isBefore(start)) {
            c.add("endedOn", "ledger.error.endBeforeStart");
        }
        UnitView owner = c.unit("unit", d.unitCode(), start, true);
        String description = c.optionalText("description", d.description(), 2000);
        List<Member> members = new ArrayList<>();
        if (d.units() != null) {
            for (ProgrammeDraft.Participant x : d.units()) {
                LocalDate joined = c.date("units", x.joinedOn(), true);
                LocalDate left = x.leftOn() == null || x.leftOn().isBlank() ? null : c.date("units", x.leftOn(), false);
                if (joined != null && start != null && joined.isBefore(start)) {
                    c.add("units", "programmes.error.joinedBeforeStart", x.unitCode());
                }
                if (joined != null && left != null && left.isBefore(joined)) {
                    c.add("units", "ledger.error.endBeforeStart");
                }
                members.add(new Member(c.unit("units", x.unitCode(), joined, true), joined, left));
            }
        }
        c.throwIfAny();
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("kind", kind.name());
        p.put("unit_id", owner.id());
        p.put("started_on", start);
        p.put("ended_on", end);
        p.put("description", description);
        p.put("search_key", VietnameseText.searchKey(name));
        p.put("sort_key", VietnameseText.sortKey(name));
        return new Valid(p, name, members);
    }
}
