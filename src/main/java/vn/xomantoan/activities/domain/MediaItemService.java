package vn.xomantoan.activities.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.activities.Checks;
import vn.xomantoan.activities.MediaItemDraft;
import vn.xomantoan.activities.MediaKind;
import vn.xomantoan.activities.OutletKind;
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
public class MediaItemService {

    private final JdbcClient jdbc;
    private final WriteAccess access;
    private final AuditLog audit;

    MediaItemService(JdbcClient jdbc, WriteAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public long create(MediaItemDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
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
        p.put("outletKind", outletKind.name());
        p.put("on", on);
        p.put("title", title);
        p.put("link", link);
        p.put("unit", unit.id());
        p.put("sk", ActivityService.truncate(VietnameseText.searchKey(title + " " + outlet), 800));
        p.put("so", ActivityService.truncate(VietnameseText.sortKey(title), 1600));
        p.put("at", LocalDateTime.now());
        long id = Inserts.insert(jdbc, """
                INSERT INTO media_item (kind, outlet, outlet_kind, published_on, title, link, unit_id, search_key, sort_key, created_at)
                VALUES (:kind, :outlet, :outletKind, :on, :title, :link, :unit, :sk, :so, :at)""", p);
        others.forEach(u -> jdbc.sql("INSERT INTO media_subject (media_item_id, unit_id) VALUES (:m, :u)").param("m", id).param("u", u).update());
        audit.record(AuditAction.CREATE, "MediaItem", id, "Ghi nhận tin, bài \"" + title + "\" trên " + outlet, null, d);
        return id;
    }
}
