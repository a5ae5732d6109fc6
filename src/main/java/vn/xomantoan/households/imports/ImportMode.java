package vn.xomantoan.households.imports;

/** All-or-nothing stores nothing when any row is wrong; row-by-row stores the good rows and reports the others. */
public enum ImportMode {
    ALL_OR_NOTHING, ROW_BY_ROW
}
