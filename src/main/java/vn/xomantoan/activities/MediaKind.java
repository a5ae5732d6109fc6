package vn.xomantoan.activities;

/** Tin, bài, phóng sự, phát sóng. */
public enum MediaKind {
    NEWS, ARTICLE, REPORT, BROADCAST
}
