package vn.xomantoan.activities;

/** A figure summed next to the count when records are grouped (participants, copies, VND...). */
public record LedgerSum(String name, String headerKey, String sql, boolean money) {
}
