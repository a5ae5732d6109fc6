package vn.xomantoan.activities;

/** Money in VND, or hours of volunteer work. */
public enum ContributionKind {
    DONATION, VOLUNTEER_WORK
}
