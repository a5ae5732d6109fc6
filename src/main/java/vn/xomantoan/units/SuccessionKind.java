package vn.xomantoan.units;

/** How a unit version leads to the next: the reform events the law knows. */
public enum SuccessionKind {
    MERGE, SPLIT, RENAME, TRANSFER, TYPE_CHANGE
}
