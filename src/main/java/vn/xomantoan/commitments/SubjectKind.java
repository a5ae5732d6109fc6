package vn.xomantoan.commitments;

/** Who signs in a campaign: households of residential areas, or units themselves. */
public enum SubjectKind {
    HOUSEHOLD, RESIDENTIAL_AREA, AGENCY, ENTERPRISE, SCHOOL
}
