package vn.xomantoan.activities.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.activities.Checks;
import vn.xomantoan.activities.ContributionDraft;
import vn.xomantoan.activities.ContributionKind;
import vn.xomantoan.activities.Vnd;
import vn.xomantoan.activities.WriteAccess;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.identity.Role;
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

    ContributionService(JdbcClient jdbc, WriteAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public long create(ContributionDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
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
        p.put("on", on);
        p.put("unit", unit.id());
        p.put("purpose", purpose);
        p.put("donors", donors);
        p.put("amount", amount);
        p.put("campaign", campaign);
        p.put("participants", participants);
        p.put("hours", hours);
        String text = purpose + " " + (donors == null ? "" : donors) + " " + (campaign == null ? "" : campaign);
        p.put("sk", ActivityService.truncate(VietnameseText.searchKey(text), 1000));
        p.put("so", ActivityService.truncate(VietnameseText.sortKey(purpose), 2000));
        p.put("at", LocalDateTime.now());
        long id = Inserts.insert(jdbc, """
                INSERT INTO contribution (kind, made_on, unit_id, purpose, donors, amount_vnd, campaign, participants, hours,
                    search_key, sort_key, created_at)
                VALUES (:kind, :on, :unit, :purpose, :donors, :amount, :campaign, :participants, :hours, :sk, :so, :at)""", p);
        audit.record(AuditAction.CREATE, "Contribution", id, kind == ContributionKind.DONATION
                ? "Ghi nhận ủng hộ " + Vnd.money(amount) + " cho " + unit.name() + ": " + purpose
                : "Ghi nhận đợt tình nguyện \"" + campaign + "\" tại " + unit.name(), null, d);
        return id;
    }
}
