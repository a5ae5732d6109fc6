package vn.xomantoan.hotspots;

/** What an item of a programme is: a key area to transform, a pilot commune, a village selected for focused direction. */
public enum ProgrammeRole {
    KEY_AREA, PILOT_COMMUNE, SELECTED_AREA
}
