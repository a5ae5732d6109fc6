package vn.xomantoan.incidents.domain;

/** One line of a year-over-year table: a child unit (or a category) with both counts. */
public record StatsRow(String key, Long unitId, String code, String name, long current, long previous) {

    public long change() {
        return current - previous;
    }

    /** Change in percent of last year's count; null when last year had none. */
    public Double changePercent() {
        return previous == 0 ? null : 100.0 * (current - previous) / previous;
    }

    public double pValue() {
        return Significance.pValue(current, previous);
    }

    public boolean significant() {
        return pValue() < Significance.LEVEL;
    }
}
