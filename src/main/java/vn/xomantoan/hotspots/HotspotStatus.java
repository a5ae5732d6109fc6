package vn.xomantoan.hotspots;

/** Designated (being transformed), transformed (assessed as achieved), de-listed by a decision. */
public enum HotspotStatus {
    DESIGNATED, TRANSFORMED, DELISTED
}
