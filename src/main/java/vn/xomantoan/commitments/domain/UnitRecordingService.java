package vn.xomantoan.commitments.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.commitments.SubjectKind;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.ValidationFailure.Problem;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records that units (residential areas, agencies, enterprises, schools) signed or registered in a
 * unit-level campaign, corrects and withdraws such records, all audited. Campaign and units must be
 * visible (404) before the role is checked (403): units are recorded by police officers and
 * administrators, not by area heads or leaders.
 */
@Service
public class UnitRecordingService {

    private final CampaignStore campaigns;
    private final UnitCommitmentStore store;
    private final CommitmentAccess access;
    private final AuditLog audit;

    UnitRecordingService(CampaignStore campaigns, UnitCommitmentStore store, CommitmentAccess access, AuditLog audit) {
        this.campaigns = campaigns;
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    /** A unit to mark, with who signed for it (its head or representative). */
    public record Signing(String unitCode, String signedBy) {
    }

    public record Outcome(int recorded, int alreadyRecorded) {
    }

    public boolean canRecord() {
        return access.canManageCampaigns();
    }

    /** The unit-level campaign, visible to the user, or 404. */
    public Campaign campaign(long id) {
        Campaign c = campaigns.byId(id, access.scope()).orElseThrow(NotFound::new);
        if (c.subjectKind() == SubjectKind.HOUSEHOLD) {
            throw new NotFound();
        }
        return c;
    }

    /** True when the unit version signs in campaigns of this kind. */
    public static boolean signsIn(SubjectKind kind, UnitView unit) {
        return switch (kind) {
            case HOUSEHOLD -> false;
            case RESIDENTIAL_AREA -> unit.level() == UnitLevel.RESIDENTIAL_AREA;
            default -> unit.level() == UnitLevel.ESTABLISHMENT && unit.type() != null && unit.type().name().equals(kind.name());
        };
    }

    /**
     * Marks units signed on one date. Units already recorded are left as they are; a unit that is
     * unknown on that date, of another kind, outside the campaign's territory or the user's scope, or
     * without a signer stops the whole batch, and nothing is stored.
     */
    @Transactional
    public Outcome sign(long campaignId, LocalDate signedOn, List<Signing> signings) {
        Campaign campaign = campaign(campaignId);
        requireRecorder();
        List<Problem> problems = new ArrayList<>();
        RecordingService.checkDate(campaign, signedOn, "signedOn", problems);
        if (signings.isEmpty()) {
            problems.add(new Problem("units", "commitments.units.error.noneSelected", null));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Map<String, Signing> byCode = new LinkedHashMap<>();
        signings.forEach(s -> byCode.putIfAbsent(s.unitCode() == null ? "" : s.unitCode().trim(), s));
        Map<String, UnitView> units = new LinkedHashMap<>();
        for (Map.Entry<String, Signing> e : byCode.entrySet()) {
            String code = e.getKey();
            UnitView unit = access.units().validOn(code, signedOn, access.scope()).orElse(null);
            if (unit == null || !signsIn(campaign.subjectKind(), unit) || !access.covers(campaign, unit, signedOn)) {
                problems.add(new Problem("units", "commitments.units.error.notSubject",
                        new Object[]{code, WebDates.format(signedOn)}));
                continue;
            }
            String by = VietnameseText.clean(e.getValue().signedBy());
            if (by == null || by.isEmpty()) {
                problems.add(new Problem("signedBy-" + code, "commitments.units.error.signedByRequired", new Object[]{unit.name()}));
            } else if (by.length() > 120) {
                problems.add(new Problem("signedBy-" + code, "commitments.units.error.signedByTooLong", new Object[]{unit.name()}));
            }
            units.put(code, unit);
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Set<String> already = store.recordedAmong(campaignId, List.copyOf(units.keySet()));
        List<UnitCommitmentStore.NewUnitCommitment> rows = new ArrayList<>();
        for (String code : units.keySet()) {
            if (!already.contains(code)) {
                rows.add(new UnitCommitmentStore.NewUnitCommitment(code, VietnameseText.clean(byCode.get(code).signedBy())));
            }
        }
        if (!rows.isEmpty()) {
            store.insertAll(campaignId, signedOn, rows, access.username());
            audit.record(AuditAction.CREATE, "UnitCommitment", String.valueOf(campaignId),
                    "Ghi nhận " + rows.size() + " đơn vị đã " + CampaignService.label(campaign.criteriaSet()) + " ngày "
                            + WebDates.format(signedOn) + " (" + campaign.name() + ")", null, rows);
        }
        return new Outcome(rows.size(), already.size());
    }

    /** Changes the date and signer of a unit's commitment; audited with before and after. */
    @Transactional
    public void correct(long id, long rowVersion, LocalDate signedOn, String signedBy) {
        UnitCommitment before = visible(id);
        Campaign campaign = campaign(before.campaignId());
        requireRecorder();
        List<Problem> problems = new ArrayList<>();
        RecordingService.checkDate(campaign, signedOn, "signedOn", problems);
        String by = VietnameseText.clean(signedBy);
        if (by == null || by.isEmpty()) {
            problems.add(new Problem("signedBy", "commitments.record.error.signedByRequired", null));
        } else if (by.length() > 120) {
            problems.add(new Problem("signedBy", "households.error.tooLong", new Object[]{120}));
        }
        if (problems.isEmpty() && access.units().validOn(before.unitCode(), signedOn, access.scope())
                .filter(u -> signsIn(campaign.subjectKind(), u)).isEmpty()) {
            problems.add(new Problem("signedOn", "commitments.units.error.unitNotOnDate", new Object[]{WebDates.format(signedOn)}));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        if (store.update(id, rowVersion, signedOn, by, access.username()) == 0) {
            throw ValidationFailure.of("", "error.concurrentChange");
        }
        UnitCommitment after = store.byId(id).orElseThrow();
        audit.record(AuditAction.UPDATE, "UnitCommitment", id,
                "Sửa ngày " + CampaignService.label(campaign.criteriaSet()) + " của đơn vị " + before.unitCode() + ": "
                        + WebDates.format(before.signedOn()) + " → " + WebDates.format(signedOn), before, after);
    }

    /** Withdraws a unit's commitment recorded by mistake; the audit trail keeps what it was. */
    @Transactional
    public void withdraw(long id, long rowVersion) {
        UnitCommitment before = visible(id);
        Campaign campaign = campaign(before.campaignId());
        requireRecorder();
        if (store.delete(id, rowVersion) == 0) {
            throw ValidationFailure.of("", "error.concurrentChange");
        }
        audit.record(AuditAction.DELETE, "UnitCommitment", id,
                "Hủy ghi nhận " + CampaignService.label(campaign.criteriaSet()) + " của đơn vị " + before.unitCode()
                        + " (đợt năm " + campaign.year() + ")", before, null);
    }

    /** The record, if the user may see its unit on the day it signed; else 404. */
    public UnitCommitment visible(long id) {
        UnitCommitment record = store.byId(id).orElseThrow(NotFound::new);
        access.units().validOn(record.unitCode(), record.signedOn(), access.scope()).orElseThrow(NotFound::new);
        return record;
    }

    private void requireRecorder() {
        if (!canRecord()) {
            throw new Forbidden();
        }
    }
}
