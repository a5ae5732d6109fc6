package vn.xomantoan.units.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.ValidationFailure.Problem;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Creating, correcting and closing single unit versions. */
@Service
@Transactional
public class UnitCommands {

    private final UnitQueries queries;
    private final UnitWriter writer;
    private final UnitRules rules;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    UnitCommands(UnitQueries queries, UnitWriter writer, UnitRules rules, AuditLog audit, JdbcClient jdbc) {
        this.queries = queries;
        this.writer = writer;
        this.rules = rules;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    public long create(UnitDraft draft, Long parentId) {
        UnitView parent = parentId == null ? null : queries.byIdUnscoped(parentId).orElseThrow(NotFound::new);
        rules.requireCanEdit(draft.type() == null ? UnitLevel.ESTABLISHMENT : draft.type().level(), parent);
        UnitDraft d = withOwnCode(draft, parent);
        List<Problem> problems = new ArrayList<>();
        rules.checkDraft(d, parent, List.of(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        long id = writer.insert(d, parent);
        audit.record(AuditAction.CREATE, "OrgUnit", id, "Tạo đơn vị " + d.name() + " (" + d.code() + ")", null, d);
        return id;
    }

    public void correct(long id, long rowVersion, UnitDraft changes) {
        UnitView before = queries.byId(id, UnitScope.EVERYTHING).orElseThrow(NotFound::new);
        UnitView parent = before.parentId() == null ? null : queries.byIdUnscoped(before.parentId()).orElseThrow();
        rules.requireCanEdit(before.level(), before);
        UnitDraft d = new UnitDraft(changes.code(), before.officialCode(), changes.name(), changes.type(), before.validFrom(),
                before.validTo(), changes.enterpriseSize(), changes.schoolLevel(), changes.note());
        List<Problem> problems = new ArrayList<>();
        if (d.type() != null && d.type().level() != before.level()) {
            problems.add(new Problem("type", "unit.error.levelChange", null));
        }
        rules.checkDraft(d, parent, List.of(id), problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        if (!writer.correct(id, rowVersion, d)) {
            throw ValidationFailure.of(null, "error.concurrentChange");
        }
        audit.record(AuditAction.UPDATE, "OrgUnit", id, "Sửa đơn vị " + d.name() + " (" + d.code() + ")", before, d);
    }

    /** Ends a version on its last day. Units below it must have ended by then. */
    public void close(long id, long rowVersion, LocalDate lastDay) {
        UnitView before = queries.byId(id, UnitScope.EVERYTHING).orElseThrow(NotFound::new);
        UnitView parent = before.parentId() == null ? null : queries.byIdUnscoped(before.parentId()).orElseThrow();
        rules.requireCanEdit(before.level(), before);
        if (before.rowVersion() != rowVersion) {
            throw ValidationFailure.of(null, "error.concurrentChange");
        }
        if (lastDay == null || lastDay.isBefore(before.validFrom())) {
            throw ValidationFailure.of("validTo", "unit.error.closeBeforeStart");
        }
        if (before.validTo() != null && before.validTo().isBefore(lastDay)) {
            throw ValidationFailure.of("validTo", "unit.error.alreadyClosed");
        }
        long openChildren = jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE parent_id = :id AND (valid_to IS NULL OR valid_to > :d)")
                .param("id", id).param("d", lastDay).query(Long.class).single();
        if (openChildren > 0) {
            throw ValidationFailure.of("validTo", "unit.error.openChildren", openChildren);
        }
        writer.close(id, lastDay);
        audit.record(AuditAction.CLOSE, "OrgUnit", id, "Kết thúc đơn vị " + before.name() + " ngày " + lastDay, before,
                java.util.Map.of("validTo", lastDay.toString()));
    }

    /** Residential areas and establishments get a stable own code under their commune. */
    private UnitDraft withOwnCode(UnitDraft d, UnitView parent) {
        if (d.code() != null && !d.code().isBlank() || parent == null || d.type() == null || d.type().level().isAdministrative()) {
            return d;
        }
        return new UnitDraft(writer.nextOwnCode(parent, d.type()), false, d.name(), d.type(), d.validFrom(), d.validTo(),
                d.enterpriseSize(), d.schoolLevel(), d.note());
    }
}
