package vn.xomantoan.units;

/** Levels of the hierarchy, top down. DISTRICT exists only until 30/06/2025. */
public enum UnitLevel {
    PROVINCE, DISTRICT, COMMUNE, RESIDENTIAL_AREA, ESTABLISHMENT;

    public boolean isAdministrative() {
        return this == PROVINCE || this == DISTRICT || this == COMMUNE;
    }
}
