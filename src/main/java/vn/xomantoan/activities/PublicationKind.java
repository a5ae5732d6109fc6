package vn.xomantoan.activities;

/** Printed propaganda material. */
public enum PublicationKind {
    HANDBOOK, LEAFLET, BULLETIN, POSTER
}
