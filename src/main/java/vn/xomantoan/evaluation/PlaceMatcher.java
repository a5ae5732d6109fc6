package vn.xomantoan.evaluation;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For fact sources: tells which requested units (by stable code) a record's place lay in on the
 * record's date. The place is a unit version whose materialised path lists the versions above it on
 * that date, so one query loads the requested codes' versions and the match is a walk along the path
 * in memory, not a prefix search per record and unit.
 */
public final class PlaceMatcher {

    /** Above this many requested versions the filter names their provinces; above this many provinces, nothing. */
    public static final int PATH_FILTER_LIMIT = 100;

    private record Version(String code, LocalDate from, LocalDate to, String path) {
        boolean covers(LocalDate date) {
            return !from.isAfter(date) && (to == null || !to.isBefore(date));
        }
    }

    private final Map<Long, Version> versions = new HashMap<>();

    private PlaceMatcher() {
    }

    public static PlaceMatcher of(JdbcClient jdbc, Collection<String> codes) {
        PlaceMatcher matcher = new PlaceMatcher();
        List<String> all = List.copyOf(codes);
        for (int start = 0; start < all.size(); start += 1000) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + 1000));
            jdbc.sql("SELECT id, code, valid_from, valid_to, path FROM unit_version WHERE code IN (:codes)")
                    .param("codes", chunk)
                    .query((rs, n) -> matcher.versions.put(rs.getLong(1), new Version(rs.getString(2),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5))))
                    .list();
        }
        return matcher;
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }

    /**
     * A SQL condition restricting {@code pathColumn} to the requested units' subtrees when they are
     * few, to the subtrees of the provinces they lie in when they are many (binding its parameters),
     * or "1=1" when even those are many.
     */
    public String pathFilter(String pathColumn, Map<String, Object> params) {
        Collection<String> prefixes = versions.values().stream().map(Version::path).distinct().toList();
        if (prefixes.size() > PATH_FILTER_LIMIT) {
            // Many units (a province run): read the provinces they lie in, and let the matcher pick.
            prefixes = prefixes.stream().map(p -> p.substring(0, p.indexOf('/', 1) + 1)).distinct().toList();
            if (prefixes.size() > PATH_FILTER_LIMIT) {
                return "1=1";
            }
        }
        List<String> terms = new ArrayList<>();
        int i = 0;
        for (String prefix : prefixes) {
            String name = "placeP" + i++;
            terms.add(pathColumn + " LIKE :" + name);
            params.put(name, prefix + "%");
        }
        return terms.isEmpty() ? "1=0" : "(" + String.join(" OR ", terms) + ")";
    }

    /** The requested codes whose version on {@code date} lies on the place's path (the place itself included). */
    public List<String> codesOf(String placePath, LocalDate date) {
        List<String> codes = new ArrayList<>(2);
        for (String part : placePath.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            Version v = versions.get(Long.parseLong(part));
            if (v != null && v.covers(date)) {
                codes.add(v.code());
            }
        }
        return codes;
    }
}
