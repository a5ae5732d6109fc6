package vn.xomantoan.activities;

/** Where an activity took place, besides the unit. */
public enum VenueKind {
    COMMUNITY_HOUSE, CULTURAL_HOUSE, SCHOOL, PAGODA, PARISH_CHURCH, TEMPLE, OFFICE, HALL, OUTDOOR, OTHER
}
