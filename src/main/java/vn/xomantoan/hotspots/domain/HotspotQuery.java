package vn.xomantoan.hotspots.domain;

/**
 * The hot-spot list's filters as typed in a URL: search text, kind, programme, status, a unit (code
 * read at the period's end, or a unit version id) whose subtree the hot spot must cover, a period in
 * which it was on the list (designated on or before its end, not de-listed before its start), and
 * the order: {@code name} (Vietnamese collation, the default), {@code date} (newest decision first)
 * or {@code place} (Vietnamese order of the first covered unit's name).
 */
public record HotspotQuery(String q, String kind, String programme, String status, String unit, Long unitId,
                           String from, String to, String sort, int page, int size) {

    public static HotspotQuery of(String q, String kind, String programme, String status, int page, int size) {
        return new HotspotQuery(q, kind, programme, status, null, null, null, null, null, page, size);
    }

    public HotspotQuery withPage(int page, int size) {
        return new HotspotQuery(q, kind, programme, status, unit, unitId, from, to, sort, page, size);
    }

    /** The same query without the filters named by a validation failure (so the page still lists something). */
    public HotspotQuery clearedOf(vn.xomantoan.shared.ValidationFailure failure) {
        java.util.Set<String> bad = new java.util.HashSet<>();
        failure.problems().forEach(p -> bad.add(p.field()));
        boolean period = bad.contains("from") || bad.contains("to");
        return new HotspotQuery(q, kind, programme, status, unit, unitId, period ? null : from, period ? null : to,
                bad.contains("sort") ? null : sort, page, size);
    }
}
