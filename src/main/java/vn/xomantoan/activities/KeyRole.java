package vn.xomantoan.activities;

/** Roles of key people counted among participants. */
public enum KeyRole {
    PARTY_CELL_SECRETARY, AREA_HEAD, RESPECTED_PERSON, POLICE_OFFICER, MASS_ORGANISATION, OTHER
}
