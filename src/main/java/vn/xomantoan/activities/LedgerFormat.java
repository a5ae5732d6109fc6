package vn.xomantoan.activities;

/** How a ledger column is shown in lists and exports. */
public enum LedgerFormat {
    TEXT, DATE, NUMBER, MONEY, LABEL
}
