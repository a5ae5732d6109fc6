package vn.xomantoan.activities;

/** Kinds of movement activity (glossary: hoạt động phong trào). */
public enum ActivityType {
    PROPAGANDA_SESSION, SEMINAR, CONFERENCE, TRAINING, EMULATION_SIGNING, REVIEW_CONFERENCE, VOLUNTEER_CAMPAIGN, INSPECTION
}
