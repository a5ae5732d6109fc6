package vn.xomantoan.commitments;

/**
 * Criterion KDC-1c for one residential area and year: every household resident on the deadline
 * signed by the deadline, and every household that moved in later signed within the grace period.
 */
public enum Kdc1cStatus {
    MET, NOT_MET,
    /** Evaluated before the deadline and not everyone has signed yet. */
    PENDING,
    /** No resident household is known for the area. */
    NO_DATA,
    /** No household campaign of that year covers the area. */
    NO_CAMPAIGN
}
