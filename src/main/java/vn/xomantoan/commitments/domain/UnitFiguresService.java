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
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The year's figures of a unit in a unit-level campaign (staff briefed and committed, subordinate
 * units with a title, the security force's rating), read by the evaluation. Visible to whoever sees
 * the unit; recorded by police officers and administrators; every change audited.
 */
@Service
public class UnitFiguresService {

    private final UnitRecordingService recording;
    private final UnitFiguresStore store;
    private final CommitmentAccess access;
    private final AuditLog audit;

    UnitFiguresService(UnitRecordingService recording, UnitFiguresStore store, CommitmentAccess access, AuditLog audit) {
        this.recording = recording;
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    /** The campaign's unit, visible to the user on the campaign's reference day, with the kind's staff fields or not. */
    public record Subject(Campaign campaign, UnitView unit, boolean establishment) {
    }

    public Subject subject(long campaignId, String unitCode) {
        Campaign campaign = recording.campaign(campaignId);
        LocalDate day = referenceDay(campaign);
        UnitView unit = access.units().validOn(unitCode == null ? "" : unitCode.trim(), day, access.scope())
                .filter(u -> UnitRecordingService.signsIn(campaign.subjectKind(), u) && access.covers(campaign, u, day))
                .orElseThrow(NotFound::new);
        return new Subject(campaign, unit, campaign.subjectKind() != SubjectKind.RESIDENTIAL_AREA);
    }

    public UnitFigures figures(Subject subject) {
        return store.find(subject.campaign().id(), subject.unit().code()).orElse(UnitFigures.empty(subject.campaign().id(), subject.unit().code()));
    }

    public boolean canRecord() {
        return recording.canRecord();
    }

    /**
     * Stores the figures (first time or over the version the user saw: {@code rowVersion} -1 for a new
     * record). Nothing is stored when a figure is negative or inconsistent.
     */
    @Transactional
    public UnitFigures save(long campaignId, String unitCode, long rowVersion, UnitFigures.Draft draft) {
        Subject subject = subject(campaignId, unitCode);
        if (!canRecord()) {
            throw new Forbidden();
        }
        UnitFigures.Draft d = check(subject, draft);
        UnitFigures before = store.find(campaignId, subject.unit().code()).orElse(null);
        if (before == null) {
            if (rowVersion >= 0) {
                throw ValidationFailure.of("", "error.concurrentChange");
            }
            store.insert(campaignId, subject.unit().code(), d, access.username());
        } else if (store.update(before.id(), rowVersion, d, access.username()) == 0) {
            throw ValidationFailure.of("", "error.concurrentChange");
        }
        UnitFigures after = store.find(campaignId, subject.unit().code()).orElseThrow();
        audit.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "UnitYearFigures", after.id(),
                "Số liệu năm " + subject.campaign().year() + " của " + subject.unit().name(), before, after);
        return after;
    }

    private static UnitFigures.Draft check(Subject subject, UnitFigures.Draft d) {
        List<Problem> problems = problems(subject, d);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        String ratedBy = VietnameseText.clean(d.ratedBy());
        Integer forceDisciplined = d.forceRating() != null && d.forceDisciplined() == null ? Integer.valueOf(0) : d.forceDisciplined();
        return new UnitFigures.Draft(d.headcount(), d.briefed(), d.committed(), d.subunits(), d.subunitsTitled(),
                d.disciplinedIndividuals(), d.forceRating(), forceDisciplined, ratedBy == null || ratedBy.isEmpty() ? null : ratedBy);
    }

    /** What is wrong with the figures (nothing stored); a form also shows them beside its own typing mistakes. */
    public static List<Problem> problems(Subject subject, UnitFigures.Draft d) {
        List<Problem> problems = new ArrayList<>();
        nonNegative("headcount", d.headcount(), problems);
        nonNegative("briefed", d.briefed(), problems);
        nonNegative("committed", d.committed(), problems);
        nonNegative("subunits", d.subunits(), problems);
        nonNegative("subunitsTitled", d.subunitsTitled(), problems);
        nonNegative("disciplinedIndividuals", d.disciplinedIndividuals(), problems);
        nonNegative("forceDisciplined", d.forceDisciplined(), problems);
        if (subject.establishment()) {
            if ((d.briefed() != null || d.committed() != null) && d.headcount() == null) {
                problems.add(new Problem("headcount", "commitments.figures.error.headcountRequired", null));
            }
            notAbove("briefed", d.briefed(), d.headcount(), "commitments.figures.error.aboveHeadcount", problems);
            notAbove("committed", d.committed(), d.headcount(), "commitments.figures.error.aboveHeadcount", problems);
            if (d.subunitsTitled() != null && d.subunits() == null) {
                problems.add(new Problem("subunits", "commitments.figures.error.subunitsRequired", null));
            }
            notAbove("subunitsTitled", d.subunitsTitled(), d.subunits(), "commitments.figures.error.aboveSubunits", problems);
        } else if (d.headcount() != null || d.briefed() != null || d.committed() != null || d.subunits() != null
                || d.subunitsTitled() != null || d.disciplinedIndividuals() != null) {
            problems.add(new Problem("headcount", "commitments.figures.error.staffNotForAreas", null));
        }
        if (d.forceRating() == null && d.forceDisciplined() != null && d.forceDisciplined() > 0) {
            problems.add(new Problem("forceRating", "commitments.figures.error.ratingRequired", null));
        }
        String ratedBy = VietnameseText.clean(d.ratedBy());
        if (ratedBy != null && ratedBy.length() > 200) {
            problems.add(new Problem("ratedBy", "households.error.tooLong", new Object[]{200}));
        }
        return problems;
    }

    private static void nonNegative(String field, Integer value, List<Problem> problems) {
        if (value != null && value < 0) {
            problems.add(new Problem(field, "commitments.figures.error.negative", null));
        }
    }

    private static void notAbove(String field, Integer value, Integer limit, String key, List<Problem> problems) {
        if (value != null && limit != null && value > limit) {
            problems.add(new Problem(field, key, new Object[]{value, limit}));
        }
    }

    /** The day a campaign's units are looked up on: its window's end, or today while it runs. */
    static LocalDate referenceDay(Campaign campaign) {
        return campaign.kdc1cDate(campaign.defaultAsOf(LocalDate.now()));
    }
}
