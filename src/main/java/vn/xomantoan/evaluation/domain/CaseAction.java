package vn.xomantoan.evaluation.domain;

import java.util.Set;

import static vn.xomantoan.evaluation.domain.CaseState.*;

/** What people (or the system) do to a case, from which states, to which state. */
public enum CaseAction {
    REGISTER(Set.of(ELIGIBLE), REGISTERED),
    DECLINE(Set.of(ELIGIBLE), NOT_REGISTERED),
    MONITOR(Set.of(REGISTERED), MONITORING),
    SELF_REVIEW(Set.of(REGISTERED, MONITORING), SELF_REVIEWED),
    SUBMIT(Set.of(SELF_REVIEWED), SUBMITTED),
    START_APPRAISAL(Set.of(SUBMITTED), UNDER_APPRAISAL),
    RETURN(Set.of(UNDER_APPRAISAL), SELF_REVIEWED),
    RECOGNISE(Set.of(UNDER_APPRAISAL), RECOGNISED),
    NOT_RECOGNISE(Set.of(UNDER_APPRAISAL), NOT_RECOGNISED),
    CLOSE(Set.of(RECOGNISED, NOT_RECOGNISED), CLOSED),
    /** A correction after the decision; needs a reason. The target depends on the current outcome. */
    CORRECT(Set.of(RECOGNISED, NOT_RECOGNISED, CLOSED), null);

    private final Set<CaseState> from;
    private final CaseState to;

    CaseAction(Set<CaseState> from, CaseState to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(CaseState state) {
        return from.contains(state);
    }

    public CaseState target(CaseState current, String outcome) {
        if (this == CORRECT) {
            return "RECOGNISED".equals(outcome) ? NOT_RECOGNISED : RECOGNISED;
        }
        return to;
    }

    /** Actions that decide the case: only the competent authority's officer records them. */
    public boolean deciding() {
        return this == RECOGNISE || this == NOT_RECOGNISE || this == CORRECT || this == START_APPRAISAL || this == RETURN || this == CLOSE;
    }

    public boolean needsNote() {
        return this == RETURN || this == CORRECT || this == DECLINE;
    }
}
