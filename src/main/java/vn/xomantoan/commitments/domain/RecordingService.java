package vn.xomantoan.commitments.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.ValidationFailure.Problem;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records that households signed (or registered), corrects and withdraws such records, and records
 * breaches. The campaign and the area must be visible (else 404) before the role is checked (403).
 */
@Service
public class RecordingService {

    private final CampaignStore campaigns;
    private final CommitmentStore store;
    private final ResidentHouseholds residents;
    private final CommitmentAccess access;
    private final AuditLog audit;

    RecordingService(CampaignStore campaigns, CommitmentStore store, ResidentHouseholds residents, CommitmentAccess access,
                     AuditLog audit) {
        this.campaigns = campaigns;
        this.store = store;
        this.residents = residents;
        this.access = access;
        this.audit = audit;
    }

    /** A household to mark, with who signed (blank: the household head). */
    public record Signing(long householdId, String signedBy) {
    }

    public record Outcome(int recorded, int alreadySigned) {
    }

    /** The campaign, visible to the user, or 404. */
    public Campaign campaign(long id) {
        return campaigns.byId(id, access.scope()).orElseThrow(NotFound::new);
    }

    /** The area, visible to the user on the date and inside the campaign's territory, or 404. */
    public UnitView area(Campaign campaign, String areaCode, LocalDate date) {
        UnitView area = access.visibleArea(areaCode, date);
        if (!access.covers(campaign, area, date)) {
            throw new NotFound();
        }
        return area;
    }

    /**
     * Marks households of one area signed on one date. Households already signed are left as they
     * are; a household not resident in the area on that date stops the whole batch.
     */
    @Transactional
    public Outcome sign(long campaignId, String areaCode, LocalDate signedOn, List<Signing> signings) {
        Campaign campaign = campaign(campaignId);
        UnitView area = area(campaign, areaCode, signedOn == null ? LocalDate.now() : signedOn);
        access.requireRecorder();
        List<Problem> problems = new ArrayList<>();
        checkDate(campaign, signedOn, "signedOn", problems);
        if (signings.isEmpty()) {
            problems.add(new Problem("households", "commitments.record.error.noneSelected", null));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        List<Long> ids = signings.stream().map(Signing::householdId).distinct().toList();
        Map<Long, String> heads = residents.residentIn(areaCode, signedOn, ids);
        for (Long id : ids) {
            if (!heads.containsKey(id)) {
                problems.add(new Problem("households", "commitments.record.error.notResident",
                        new Object[]{id, area.name(), WebDates.format(signedOn)}));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Set<Long> already = store.signedAmong(campaignId, ids);
        List<CommitmentStore.NewCommitment> rows = new ArrayList<>();
        Map<Long, Boolean> seen = new LinkedHashMap<>();
        for (Signing s : signings) {
            if (already.contains(s.householdId()) || seen.put(s.householdId(), true) != null) {
                continue;
            }
            String by = VietnameseText.clean(s.signedBy());
            rows.add(new CommitmentStore.NewCommitment(s.householdId(), signedOn,
                    by == null || by.isEmpty() ? heads.get(s.householdId()) : truncate(by, 120)));
        }
        if (!rows.isEmpty()) {
            store.insertAll(campaignId, areaCode, rows, access.username());
            audit.record(AuditAction.CREATE, "Commitment", campaignId + ":" + areaCode,
                    "Ghi nhận " + rows.size() + " hộ đã " + CampaignService.label(campaign.criteriaSet()) + " ngày "
                            + WebDates.format(signedOn) + " tại " + area.name() + " (đợt năm " + campaign.year() + ")",
                    null, rows);
        }
        return new Outcome(rows.size(), already.size());
    }

    /** Changes the date (and signer) of a commitment; audited with before and after. */
    @Transactional
    public void correct(long commitmentId, long rowVersion, LocalDate signedOn, String signedBy) {
        CommitmentRecord before = visibleCommitment(commitmentId);
        Campaign campaign = campaign(before.campaignId());
        access.requireRecorder();
        List<Problem> problems = new ArrayList<>();
        checkDate(campaign, signedOn, "signedOn", problems);
        String by = VietnameseText.clean(signedBy);
        if (by == null || by.isEmpty()) {
            problems.add(new Problem("signedBy", "commitments.record.error.signedByRequired", null));
        }
        if (problems.isEmpty() && !residents.residentIn(before.areaCode(), signedOn, List.of(before.householdId()))
                .containsKey(before.householdId())) {
            problems.add(new Problem("signedOn", "commitments.record.error.notResidentOnDate",
                    new Object[]{WebDates.format(signedOn)}));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        if (store.updateDate(commitmentId, rowVersion, signedOn, truncate(by, 120), access.username()) == 0) {
            throw ValidationFailure.of("", "error.concurrentChange");
        }
        CommitmentRecord after = store.byId(commitmentId).orElseThrow();
        audit.record(AuditAction.UPDATE, "Commitment", commitmentId,
                "Sửa ngày " + CampaignService.label(campaign.criteriaSet()) + " của hộ " + before.householdId() + ": "
                        + WebDates.format(before.signedOn()) + " → " + WebDates.format(signedOn), before, after);
    }

    /** Withdraws a commitment recorded by mistake; the audit trail keeps what it was. */
    @Transactional
    public void withdraw(long commitmentId, long rowVersion) {
        CommitmentRecord before = visibleCommitment(commitmentId);
        Campaign campaign = campaign(before.campaignId());
        access.requireRecorder();
        if (store.delete(commitmentId, rowVersion) == 0) {
            throw ValidationFailure.of("", "error.concurrentChange");
        }
        audit.record(AuditAction.DELETE, "Commitment", commitmentId,
                "Hủy ghi nhận " + CampaignService.label(campaign.criteriaSet()) + " của hộ " + before.householdId()
                        + " (đợt năm " + campaign.year() + ")", before, null);
    }

    /** Records that a household broke its commitment of the campaign. */
    @Transactional
    public long recordBreach(long campaignId, long householdId, LocalDate occurredOn, String description, Long incidentId) {
        Campaign campaign = campaign(campaignId);
        CommitmentRecord commitment = store.of(campaignId, householdId).orElseThrow(NotFound::new);
        UnitView area = area(campaign, commitment.areaCode(), commitment.signedOn());
        access.requireRecorder();
        List<Problem> problems = new ArrayList<>();
        if (occurredOn == null) {
            problems.add(new Problem("occurredOn", "commitments.breach.error.dateRequired", null));
        } else if (occurredOn.isAfter(LocalDate.now())) {
            problems.add(new Problem("occurredOn", "commitments.breach.error.future", null));
        } else if (occurredOn.isBefore(commitment.signedOn()) || occurredOn.isAfter(campaign.windowEnd())) {
            problems.add(new Problem("occurredOn", "commitments.breach.error.outsidePeriod",
                    new Object[]{WebDates.format(commitment.signedOn()), WebDates.format(campaign.windowEnd())}));
        }
        String text = description == null ? "" : VietnameseText.clean(description);
        if (text.isEmpty()) {
            problems.add(new Problem("description", "commitments.breach.error.descriptionRequired", null));
        } else if (text.length() > 1000) {
            problems.add(new Problem("description", "commitments.breach.error.descriptionTooLong", null));
        }
        if (incidentId != null && incidentId <= 0) {
            problems.add(new Problem("incidentId", "commitments.breach.error.incidentId", null));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        long id = store.insertBreach(campaignId, householdId, area.code(), occurredOn, text, incidentId, access.username());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("campaignId", campaignId);
        after.put("householdId", householdId);
        after.put("occurredOn", occurredOn.toString());
        after.put("description", text);
        after.put("incidentId", incidentId);
        audit.record(AuditAction.CREATE, "CommitmentBreach", id,
                "Ghi nhận hộ " + householdId + " vi phạm cam kết ngày " + WebDates.format(occurredOn) + " tại " + area.name(),
                null, after);
        return id;
    }

    /** The commitment, if the user may see the area it was signed in; else 404. */
    public CommitmentRecord visibleCommitment(long id) {
        CommitmentRecord record = store.byId(id).orElseThrow(NotFound::new);
        access.visibleArea(record.areaCode(), record.signedOn());
        return record;
    }

    static void checkDate(Campaign campaign, LocalDate date, String field, List<Problem> problems) {
        LocalDate last = LocalDate.of(campaign.year(), 12, 31);
        if (date == null) {
            problems.add(new Problem(field, "commitments.record.error.dateRequired", null));
        } else if (date.isAfter(LocalDate.now())) {
            problems.add(new Problem(field, "commitments.record.error.future", new Object[]{WebDates.format(date)}));
        } else if (date.isBefore(campaign.windowStart()) || date.isAfter(last)) {
            problems.add(new Problem(field, "commitments.record.error.outsideYear",
                    new Object[]{WebDates.format(date), WebDates.format(campaign.windowStart()), WebDates.format(last)}));
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
