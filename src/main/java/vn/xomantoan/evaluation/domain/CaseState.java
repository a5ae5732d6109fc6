package vn.xomantoan.evaluation.domain;

/** States of a recognition case (spec §7.2). */
public enum CaseState {
    ELIGIBLE, REGISTERED, NOT_REGISTERED, MONITORING, SELF_REVIEWED, SUBMITTED, UNDER_APPRAISAL,
    RECOGNISED, NOT_RECOGNISED, CLOSED;

    public boolean registered() {
        return this != ELIGIBLE && this != NOT_REGISTERED;
    }

    public boolean decided() {
        return this == RECOGNISED || this == NOT_RECOGNISED || this == CLOSED;
    }

    /** Criteria may still be answered (before the decision). */
    public boolean open() {
        return this != NOT_REGISTERED && !decided();
    }
}
