package vn.xomantoan.activities.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.activities.ActivityLedgers;
import vn.xomantoan.activities.Checks;
import vn.xomantoan.activities.ContributionDraft;
import vn.xomantoan.activities.ContributionKind;
import vn.xomantoan.activities.LedgerQueries;
import vn.xomantoan.activities.Revisions;
import vn.xomantoan.activities.Vnd;
import vn.xomantoan.activities.WriteAccess;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.identity.Role;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/** Donations need an amount in VND and donors; volunteer work needs participants and hours. */
@Service
public class ContributionService {

    private final JdbcClient jdbc;
    private final WriteAccess access;
    private final AuditLog audit;
    private final LedgerQueries ledger;

    ContributionService(JdbcClient jdbc, WriteAccess access, AuditLog audit, LedgerQueries ledger) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.ledger = ledger;
    }

    private record Valid(Map<String, Object> columns, String summary) {
    }

    @Transactional
    public long create(ContributionDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        Valid v = validate(d);
        Map<String, Object> columns = new HashMap<>(v.columns());
        columns.put("created_at", LocalDateTime.now());
        long id = Revisions.insert(jdbc, "contribution", columns);
        audit.record(AuditAction.CREATE, "Contribution", id, "Ghi nhận " + v.summary(), null, d);
        return id;
    }

    @Transactional
    public void update(long id, long rowVersion, ContributionDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        if (!ledger.visible(ActivityLedgers.CONTRIBUTIONS, id)) {
            throw new NotFound();
        }
        Valid v = validate(d);
        Map<String, Object> before = Revisions.update(jdbc, "contribution", id, rowVersion, v.columns());
        audit.record(AuditAction.UPDATE, "Contribution", id, "Sửa " + v.summary(), before, d);
    }

    private Valid validate(ContributionDraft d) {
        Checks c = new Checks(access);
        ContributionKind kind = c.choice("kind", d.kind(), ContributionKind.class, true);
        LocalDate on = c.date("madeOn", d.madeOn(), true);
        UnitView unit = c.unit("unit", d.unitCode(), on, true);
        String purpose = c.text("purpose", d.purpose(), 500);
        String donors = c.optionalText("donors", d.donors(), 500);
        String campaign = c.optionalText("campaign", d.campaign(), 300);
        Long amount = null;
        Long participants = null;
        Long hours = null;
        if (kind == ContributionKind.DONATION) {
            amount = c.count("amountVnd", d.amountVnd(), true);
            if (donors == null) {
                c.add("donors", "contributions.error.donorsRequired");
            }
        } else if (kind == ContributionKind.VOLUNTEER_WORK) {
            participants = c.count("participants", d.participants(), true);
            hours = c.count("hours", d.hours(), true);
            if (campaign == null) {
                c.add("campaign", "contributions.error.campaignRequired");
            }
        }
        c.throwIfAny();
        Map<String, Object> p = new HashMap<>();
        p.put("kind", kind.name());
        p.put("made_on", on);
        p.put("unit_id", unit.id());
        p.put("purpose", purpose);
        p.put("donors", donors);
        p.put("amount_vnd", amount);
        p.put("campaign", campaign);
        p.put("participants", participants);
        p.put("hours", hours);
        String text = purpose + " " + (donors == null ? "" : donors) + " " + (campaign == null ? "" : campaign);
        p.put("search_key", ActivityService.truncate(VietnameseText.searchKey(text), 1000));
        p.put("sort_key", ActivityService.truncate(VietnameseText.sortKey(purpose), 2000));
        String summary = kind == ContributionKind.DONATION
                ? "ủng hộ " + Vnd.money(amount) + " cho " + unit.name() + ": " + purpose
                : "đợt tình nguyện \"" + campaign + "\" tại " + unit.name();
        return new Valid(p, summary);
    }
}
