package vn.xomantoan.activities;

import java.util.List;

/**
 * A count (with its sums) for one group: a child unit (key = its version id, -1 for records at the
 * unit itself), a type, a year or another dimension.
 */
public record LedgerGroup(String key, String label, String code, long count, List<Long> sums) {
}
