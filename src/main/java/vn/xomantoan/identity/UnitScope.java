package vn.xomantoan.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The units a user may see: every unit whose materialised path starts with one of the root paths.
 * The roots are the user's home unit and, following succession links backwards, every unit that
 * came before it, so a commune created in 2025 sees the history of the communes it absorbed.
 */
public record UnitScope(boolean unrestricted, List<String> rootPaths) {

    public static final UnitScope EVERYTHING = new UnitScope(true, List.of());
    public static final UnitScope NOTHING = new UnitScope(false, List.of());

    public UnitScope {
        rootPaths = List.copyOf(rootPaths);
    }

    public static UnitScope of(List<String> rootPaths) {
        // Drop roots that lie inside another root: they add nothing but work.
        List<String> kept = new ArrayList<>();
        for (String p : rootPaths) {
            boolean covered = rootPaths.stream().anyMatch(o -> !o.equals(p) && p.startsWith(o));
            if (!covered && !kept.contains(p)) {
                kept.add(p);
            }
        }
        return new UnitScope(false, kept);
    }

    public boolean contains(String unitPath) {
        if (unitPath == null) {
            return false;
        }
        return unrestricted || rootPaths.stream().anyMatch(unitPath::startsWith);
    }

    /**
     * A SQL condition on a path column, with its named parameters added to {@code params}.
     * Example: {@code scope.sql("u.path", params)} gives {@code (u.path LIKE :scope0 OR ...)}.
     */
    public String sql(String pathColumn, Map<String, Object> params) {
        if (unrestricted) {
            return "1=1";
        }
        if (rootPaths.isEmpty()) {
            return "1=0";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < rootPaths.size(); i++) {
            String name = "scope" + i;
            if (i > 0) {
                sb.append(" OR ");
            }
            sb.append(pathColumn).append(" LIKE :").append(name);
            params.put(name, rootPaths.get(i) + "%");
        }
        return sb.append(")").toString();
    }
}
