package vn.xomantoan.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The result of a {@link FactCounter} run: counts and sums by group, for the unit and by child. */
public final class FactCounts {

    /** Target key of facts inside the unit but under none of its children (the unit itself, abolished units). */
    public static final String REST = "";

    public record Row(String target, String group, long count, long[] sums) {
    }

    private final List<Row> rows;
    private final Map<String, long[]> totals;

    FactCounts(List<Row> rows, Map<String, long[]> totals) {
        this.rows = List.copyOf(rows);
        this.totals = Map.copyOf(totals);
    }

    /** Count (index -1) or sum i, for the group (null = every group). */
    public Breakdown breakdown(String group, int sum) {
        return breakdown(g -> group == null || group.equals(g), sum);
    }

    /** Count (index -1) or sum i, over the groups the predicate accepts. */
    public Breakdown breakdown(java.util.function.Predicate<String> groups, int sum) {
        long total = 0;
        Map<String, Long> byChild = new HashMap<>();
        for (Row r : rows) {
            if (groups.test(r.group())) {
                long v = sum < 0 ? r.count() : r.sums()[sum];
                if (!REST.equals(r.target())) {
                    byChild.merge(r.target(), v, Long::sum);
                }
            }
        }
        for (Map.Entry<String, long[]> e : totals.entrySet()) {
            if (groups.test(e.getKey())) {
                total += sum < 0 ? e.getValue()[0] : e.getValue()[sum + 1];
            }
        }
        return new Breakdown(total, byChild);
    }

    public Breakdown count(String group) {
        return breakdown(group, -1);
    }

    public Breakdown count() {
        return breakdown((String) null, -1);
    }

    public Breakdown count(java.util.function.Predicate<String> groups) {
        return breakdown(groups, -1);
    }

    public Breakdown sum(java.util.function.Predicate<String> groups, int index) {
        return breakdown(groups, index);
    }

    public Breakdown sum(String group, int index) {
        return breakdown(group, index);
    }
}
