package vn.xomantoan.activities.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.activities.ActivityLedgers;
import vn.xomantoan.activities.Checks;
import vn.xomantoan.activities.LedgerQueries;
import vn.xomantoan.activities.MediaItemDraft;
import vn.xomantoan.activities.MediaKind;
import vn.xomantoan.activities.OutletKind;
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
public class MediaItemService {

    private final JdbcClient jdbc;
    private final WriteAccess access;
    private final AuditLog audit;
    private final LedgerQueries ledger;

    MediaItemService(JdbcClient jdbc, WriteAccess access, AuditLog audit, LedgerQueries ledger) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.ledger = ledger;
    }

    private record Valid(Map<String, Object> columns, String title, String outlet, List<Long> others) {
    }

    @Transactional
    public long create(MediaItemDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        Valid v = validate(d);
        Map<String, Object> columns = new HashMap<>(v.columns());
        columns.put("created_at", LocalDateTime.now());
        long id = Revisions.insert(jdbc, "media_item", columns);
        insertSubjects(id, v.others());
        audit.record(AuditAction.CREATE, "MediaItem", id, "Ghi nhận tin, bài \"" + v.title() + "\" trên " + v.outlet(), null, d);
        return id;
    }

    @Transactional
    public void update(long id, long rowVersion, MediaItemDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        if (!ledger.visible(ActivityLedgers.MEDIA_ITEMS, id)) {
            throw new NotFound();
        }
        Valid v = validate(d);
        Map<String, Object> before = Revisions.update(jdbc, "media_item", id, rowVersion, v.columns());
        jdbc.sql("DELETE FROM media_subject WHERE media_item_id = :id").param("id", id).update();
        insertSubjects(id, v.others());
        audit.record(AuditAction.UPDATE, "MediaItem", id, "Sửa tin, bài \"" + v.title() + "\" trên " + v.outlet(), before, d);
    }

    private void insertSubjects(long id, List<Long> others) {
        others.forEach(u -> jdbc.sql("INSERT INTO media_subject (media_item_id, unit_id) VALUES (:m, :u)").param("m", id).param("u", u).update());
    }

    private Valid validate(MediaItemDraft d) {
        Checks c = new Checks(access);
        MediaKind kind = c.choice("kind", d.kind(), MediaKind.class, true);
        String outlet = c.text("outlet", d.outlet(), 200);
        OutletKind outletKind = c.choice("outletKind", d.outletKind(), OutletKind.class, true);
        LocalDate on = c.date("publishedOn", d.publishedOn(), true);
        String title = c.text("title", d.title(), 400);
        String link = c.optionalText("link", d.link(), 600);
        if (link != null && !link.matches("(?i)https?://\\S+")) {
            c.add("link", "media.error.link");
        }
        UnitView unit = c.unit("unit", d.unitCode(), on, true);
        List<Long> others = new ArrayList<>();
        if (d.otherSubjectCodes() != null) {
            for (String code : d.otherSubjectCodes()) {
                UnitView u = c.unit("otherSubjects", code, on, false);
                if (u != null && (unit == null || u.id() != unit.id()) && !others.contains(u.id())) {
                    others.add(u.id());
                }
            }
        }
        c.throwIfAny();
        Map<String, Object> p = new HashMap<>();
        p.put("kind", kind.name());
        p.put("outlet", outlet);
        p.put("outlet_kind", outletKind.name());
        p.put("published_on", on);
        p.put("title", title);
        p.put("link", link);
        p.put("unit_id", unit.id());
        p.put("search_key", ActivityService.truncate(VietnameseText.searchKey(title + " " + outlet), 800));
        p.put("sort_key", ActivityService.truncate(VietnameseText.sortKey(title), 1600));
        return new Valid(p, title, outlet, others);
    }
}
