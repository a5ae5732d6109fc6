package vn.xomantoan.activities.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.activities.ActivityLedgers;
import vn.xomantoan.activities.Checks;
import vn.xomantoan.activities.DistributionDraft;
import vn.xomantoan.activities.LedgerQueries;
import vn.xomantoan.activities.PublicationDraft;
import vn.xomantoan.activities.PublicationKind;
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
import java.util.List;
import java.util.Map;

/** Publications and their distributions: copies handed out never exceed copies printed. */
@Service
public class PublicationService {

    private final JdbcClient jdbc;
    private final WriteAccess access;
    private final AuditLog audit;
    private final LedgerQueries ledger;

    PublicationService(JdbcClient jdbc, WriteAccess access, AuditLog audit, LedgerQueries ledger) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.ledger = ledger;
    }

    private record ValidDistribution(UnitView unit, String group, long copies, LocalDate on) {
    }

    @Transactional
    public long create(PublicationDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        Checks c = new Checks(access);
        PublicationKind kind = c.choice("kind", d.kind(), PublicationKind.class, true);
        String title = c.text("title", d.title(), 300);
        LocalDate on = c.date("publishedOn", d.publishedOn(), true);
        UnitView unit = c.unit("unit", d.unitCode(), on, true);
        long printed = c.count("copiesPrinted", d.copiesPrinted(), true);
        List<ValidDistribution> distributions = checkDistributions(c, d.distributions(), on, printed, 0);
        c.throwIfAny();
        long id = Inserts.insert(jdbc, """
                INSERT INTO publication (kind, title, unit_id, published_on, copies_printed, search_key, sort_key, created_at)
                VALUES (:kind, :title, :unit, :on, :printed, :sk, :so, :at)""", Map.of("kind", kind.name(), "title", title,
                "unit", unit.id(), "on", on, "printed", printed, "sk", VietnameseText.searchKey(title),
                "so", VietnameseText.sortKey(title), "at", LocalDateTime.now()));
        distributions.forEach(x -> insertDistribution(id, title, x));
        audit.record(AuditAction.CREATE, "Publication", id, "Ghi nhận ấn phẩm \"" + title + "\" (" + printed + " bản)", null, d);
        return id;
    }

    @Transactional
    public void distribute(long publicationId, List<DistributionDraft> drafts) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        if (!ledger.visible(ActivityLedgers.PUBLICATIONS, publicationId)) {
            throw new NotFound();
        }
        Map<String, Object> p = jdbc.sql("""
                        SELECT title, published_on, copies_printed,
                               (SELECT COALESCE(SUM(copies), 0) FROM distribution WHERE publication_id = :id) AS given
                        FROM publication WHERE id = :id""").param("id", publicationId).query().singleRow();
        Checks c = new Checks(access);
        LocalDate published = ((java.sql.Date) p.get("published_on")).toLocalDate();
        List<ValidDistribution> list = checkDistributions(c, drafts, published, ((Number) p.get("copies_printed")).longValue(),
                ((Number) p.get("given")).longValue());
        c.throwIfAny();
        String title = (String) p.get("title");
        list.forEach(x -> insertDistribution(publicationId, title, x));
        audit.record(AuditAction.UPDATE, "Publication", publicationId, "Ghi nhận phát hành " + list.size() + " lượt ấn phẩm \"" + title + "\"",
                null, drafts);
    }

    private List<ValidDistribution> checkDistributions(Checks c, List<DistributionDraft> drafts, LocalDate published, long printed,
                                                       long alreadyGiven) {
        List<ValidDistribution> out = new ArrayList<>();
        long given = alreadyGiven;
        if (drafts == null) {
            return out;
        }
        for (DistributionDraft x : drafts) {
            LocalDate on = c.date("distributions", x.distributedOn(), true);
            if (on != null && published != null && on.isBefore(published)) {
                c.add("distributions", "publications.error.beforePublished");
            }
            UnitView unit = c.unit("distributions", x.unitCode(), on, true);
            long copies = c.count("distributions", x.copies(), true);
            given += copies;
            out.add(new ValidDistribution(unit, c.optionalText("distributions", x.recipientGroup(), 300), copies, on));
        }
        if (printed > 0 && given > printed) {
            c.add("distributions", "publications.error.moreThanPrinted", given, printed);
        }
        return out;
    }

    private void insertDistribution(long publicationId, String title, ValidDistribution x) {
        String label = title + " " + x.unit().name() + (x.group() == null ? "" : " " + x.group());
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("pub", publicationId);
        p.put("unit", x.unit().id());
        p.put("grp", x.group());
        p.put("copies", x.copies());
        p.put("on", x.on());
        p.put("sk", VietnameseText.searchKey(label));
        p.put("so", VietnameseText.sortKey(x.unit().name()));
        p.put("at", LocalDateTime.now());
        Inserts.insert(jdbc, """
                INSERT INTO distribution (publication_id, unit_id, recipient_group, copies, distributed_on, search_key, sort_key, created_at)
                VALUES (:pub, :unit, :grp, :copies, :on, :sk, :so, :at)""", p);
    }
}
