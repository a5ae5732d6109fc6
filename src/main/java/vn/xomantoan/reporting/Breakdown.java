package vn.xomantoan.reporting;

import java.util.Map;

/** An indicator's value for the unit, and by child unit (key of the {@link Target}); total null = no data. */
public record Breakdown(Long total, Map<String, Long> byChild) {

    public static final Breakdown NO_DATA = new Breakdown(null, Map.of());

    public Breakdown {
        byChild = Map.copyOf(byChild);
    }

    public static Breakdown of(long total) {
        return new Breakdown(total, Map.of());
    }

    public long child(String key) {
        return byChild.getOrDefault(key, 0L);
    }
}
