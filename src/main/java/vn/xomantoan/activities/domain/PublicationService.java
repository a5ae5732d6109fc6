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

    private record Valid(Map<String, Object> columns, String title, long printed, List<ValidDistribution> distributions) {
    }

    @Transactional
    public long create(PublicationDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        Valid v = validate(d);
        Map<String, Object> columns = new HashMap<>(v.columns());
        columns.put("created_at", LocalDateTime.now());
        long id = Revisions.insert(jdbc, "publication", columns);
        v.distributions().forEach(x -> insertDistribution(id, v.title(), x));
        audit.record(AuditAction.CREATE, "Publication", id, "Ghi nhận ấn phẩm \"" + v.title() + "\" (" + v.printed() + " bản)", null, d);
        return id;
    }

    /** Saves a corrected publication from the version the user started from; its distributions are replaced by the ones given. */
    @Transactional
    public void update(long id, long rowVersion, PublicationDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        if (!ledger.visible(ActivityLedgers.PUBLICATIONS, id)) {
            throw new NotFound();
        }
        Valid v = validate(d);
        Map<String, Object> before = Revisions.update(jdbc, "publication", id, rowVersion, v.columns());
        jdbc.sql("DELETE FROM distribution WHERE publication_id = :id").param("id", id).update();
        v.distributions().forEach(x -> insertDistribution(id, v.title(), x));
        audit.record(AuditAction.UPDATE, "Publication", id, "Sửa ấn phẩm \"" + v.title() + "\" (" + v.printed() + " bản, "
                + v.distributions().size() + " lượt phát hành)", before, d);
    }

    private Valid validate(PublicationDraft d) {
        Checks c = new Checks(access);
        PublicationKind kind = c.choice("kind", d.kind(), PublicationKind.class, true);
        String title = c.text("title", d.title(), 300);
        LocalDate on = c.date("publishedOn", d.publishedOn(), true);
        UnitView unit = c.unit("unit", d.unitCode(), on, true);
        long printed = c.count("copiesPrinted", d.copiesPrinted(), true);
        List<ValidDistribution> distributions = checkDistributions(c, d.distributions(), on, printed, 0);
        c.throwIfAny();
        Map<String, Object> columns = new HashMap<>();
        columns.put("kind", kind.name());
        columns.put("title", title);
        columns.put("unit_id", unit.id());
        columns.put("published_on", on);
        columns.put("copies_printed", printed);
        columns.put("search_key", VietnameseText.searchKey(title));
        columns.put("sort_key", VietnameseText.sortKey(title));
        return new Valid(columns, title, printed, distributions);
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
        Map<String, Object> p = new HashMap<>();
        p.put("publication_id", publicationId);
        p.put("unit_id", x.unit().id());
        p.put("recipient_group", x.group());
        p.put("copies", x.copies());
        p.put("distributed_on", x.on());
        p.put("search_key", VietnameseText.searchKey(label));
        p.put("sort_key", VietnameseText.sortKey(x.unit().name()));
        p.put("created_at", LocalDateTime.now());
        Revisions.insert(jdbc, "distribution", p);
    }
}
