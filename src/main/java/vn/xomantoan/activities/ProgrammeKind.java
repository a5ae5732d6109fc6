package vn.xomantoan.activities;

/** Local programmes linked to the movement. */
public enum ProgrammeKind {
    CIVILISED_CITY, NEW_RURAL_DEVELOPMENT, PEACEFUL_PARISH, DRUG_FREE, TOURIST_SAFETY, ETHNIC_RELIGIOUS, OTHER
}
