package vn.xomantoan.activities;

import java.util.List;

/** One record of a list: its id, its unit and the values of the kind's columns, in order. */
public record LedgerRow(long id, Long unitId, String unitCode, String unitName, List<Object> values) {
}
