package vn.xomantoan.activities;

import java.util.List;
import java.util.Map;

/**
 * A kind of record of the movement's ledger as lists, counts, exports and the API see it. The
 * record table has alias {@code r} and a {@code unit_id} column naming the unit version the fact
 * belongs to; {@code from} may add joins.
 *
 * @param endColumn    for records that last (programmes, models): the period filter becomes an overlap
 * @param centralRows  rows with no unit (central documents) are visible to everyone and belong to no subtree
 * @param dimensions   extra group-by dimensions besides type, year and child unit: name to LABEL column
 * @param readableFromBelow records of a unit are readable (not writable) by users of the units below it:
 *                     a province's plan is read by every commune of the province
 */
public record LedgerKind(
        String key,
        String titleKey,
        String path,
        String from,
        String dateColumn,
        String endColumn,
        String typeColumn,
        String typePrefix,
        List<String> types,
        List<LedgerSum> sums,
        List<LedgerColumn> columns,
        Map<String, LedgerColumn> dimensions,
        boolean centralRows,
        String detailPath,
        boolean readableFromBelow) {

    public LedgerKind(String key, String titleKey, String path, String from, String dateColumn, String endColumn, String typeColumn,
                      String typePrefix, List<String> types, List<LedgerSum> sums, List<LedgerColumn> columns,
                      Map<String, LedgerColumn> dimensions, boolean centralRows, String detailPath) {
        this(key, titleKey, path, from, dateColumn, endColumn, typeColumn, typePrefix, types, sums, columns, dimensions, centralRows,
                detailPath, false);
    }

    public String typeLabelKey(String type) {
        return typePrefix + type;
    }

    public static <E extends Enum<E>> List<String> names(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
