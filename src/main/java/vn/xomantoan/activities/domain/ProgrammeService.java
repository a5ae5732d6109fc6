package vn.xomantoan.activities.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.activities.Checks;
import vn.xomantoan.activities.ProgrammeDraft;
import vn.xomantoan.activities.ProgrammeKind;
import vn.xomantoan.activities.WriteAccess;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.identity.Role;
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

    ProgrammeService(JdbcClient jdbc, WriteAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    private record Member(UnitView unit, LocalDate joined, LocalDate left) {
    }

    @Transactional
    public long create(ProgrammeDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
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
        p.put("unit", owner.id());
        p.put("start", start);
        p.put("end", end);
        p.put("description", description);
        p.put("sk", VietnameseText.searchKey(name));
        p.put("so", VietnameseText.sortKey(name));
        p.put("at", LocalDateTime.now());
        long id = Inserts.insert(jdbc, """
                INSERT INTO programme (name, kind, unit_id, started_on, ended_on, description, search_key, sort_key, created_at)
                VALUES (:name, :kind, :unit, :start, :end, :description, :sk, :so, :at)""", p);
        for (Member m : members) {
            Map<String, Object> q = new HashMap<>();
            q.put("p", id);
            q.put("u", m.unit().id());
            q.put("j", m.joined());
            q.put("l", m.left());
            jdbc.sql("INSERT INTO programme_unit (programme_id, unit_id, joined_on, left_on) VALUES (:p, :u, :j, :l)").params(q).update();
        }
        audit.record(AuditAction.CREATE, "Programme", id, "Ghi nhận chương trình \"" + name + "\" với " + members.size() + " đơn vị tham gia",
                null, d);
        return id;
    }
}
