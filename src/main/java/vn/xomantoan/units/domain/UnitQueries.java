package vn.xomantoan.units.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.units.SuccessionKind;
import vn.xomantoan.units.SuccessionView;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitType;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Read side of the hierarchy. Every query takes the caller's {@link UnitScope}; a unit outside it
 * is treated as if it did not exist. Subtrees are path-prefix queries, never one query per row.
 */
@Service
@Transactional(readOnly = true)
public class UnitQueries implements vn.xomantoan.units.UnitCatalog {

    private final JdbcClient jdbc;

    public UnitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UnitView> byId(long id, UnitScope scope) {
        return byIdUnscoped(id).filter(u -> scope.contains(u.path()));
    }

    @Override
    public Optional<UnitView> validOn(String code, LocalDate date, UnitScope scope) {
        return validByCode(code, date).filter(u -> scope.contains(u.path()));
    }

    Optional<UnitView> byIdUnscoped(long id) {
        return jdbc.sql("SELECT " + UnitRows.COLUMNS + " FROM org_unit u WHERE u.id = :id")
                .param("id", id).query(UnitRows.MAPPER).optional();
    }

    /** The version with this code in force on the date, or else the last one that ended before it. */
    public Optional<UnitView> byCode(String code, LocalDate asOf, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("code", code);
        params.put("asOf", asOf);
        String sql = "SELECT " + UnitRows.COLUMNS + " FROM org_unit u WHERE u.code = :code AND u.valid_from <= :asOf AND "
                + scope.sql("u.path", params) + " ORDER BY u.valid_from DESC";
        return jdbc.sql(sql).params(params).query(UnitRows.MAPPER).list().stream().findFirst();
    }

    /** The version with this code in force on the date, ignoring scope (for imports and lookups). */
    public Optional<UnitView> validByCode(String code, LocalDate asOf) {
        return jdbc.sql("SELECT " + UnitRows.COLUMNS + " FROM org_unit u WHERE u.code = :code AND " + UnitRows.VALID_ON)
                .param("code", code).param("asOf", asOf).query(UnitRows.MAPPER).optional();
    }

    public List<UnitView> versionsOfCode(String code, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("code", code);
        return jdbc.sql("SELECT " + UnitRows.COLUMNS + " FROM org_unit u WHERE u.code = :code AND "
                        + scope.sql("u.path", params) + " ORDER BY u.valid_from")
                .params(params).query(UnitRows.MAPPER).list();
    }

    /** The top of what the user may see on the date: provinces, or their own lineage roots. */
    @Override
    public List<UnitView> roots(LocalDate asOf, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        if (scope.unrestricted()) {
            return sorted(jdbc.sql("SELECT " + UnitRows.COLUMNS + " FROM org_unit u WHERE u.parent_id IS NULL AND "
                    + UnitRows.VALID_ON).params(params).query(UnitRows.MAPPER).list());
        }
        if (scope.rootPaths().isEmpty()) {
            return List.of();
        }
        List<String> paths = scope.rootPaths();
        params.put("paths", paths);
        List<UnitView> roots = jdbc.sql("SELECT " + UnitRows.COLUMNS + " FROM org_unit u WHERE u.path IN (:paths) AND "
                + UnitRows.VALID_ON).params(params).query(UnitRows.MAPPER).list();
        if (!roots.isEmpty()) {
            return sorted(roots);
        }
        // No root version is valid on that date (e.g. before the home unit existed): show the
        // highest units inside the scope that were.
        String sql = "SELECT " + UnitRows.COLUMNS + " FROM org_unit u WHERE " + UnitRows.VALID_ON + " AND "
                + scope.sql("u.path", params) + " AND u.depth = (SELECT MIN(v.depth) FROM org_unit v WHERE "
                + UnitRows.VALID_ON.replace("u.", "v.") + " AND " + scope.sql("v.path", params) + ")";
        return sorted(jdbc.sql(sql).params(params).query(UnitRows.MAPPER).list());
    }

    @Override
    public List<UnitView> children(long parentId, LocalDate asOf, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("parent", parentId);
        params.put("asOf", asOf);
        String sql = "SELECT " + UnitRows.COLUMNS + " FROM org_unit u WHERE u.parent_id = :parent AND " + UnitRows.VALID_ON
                + " AND " + scope.sql("u.path", params) + " ORDER BY CASE WHEN u.level = 'ESTABLISHMENT' THEN 1 ELSE 0 END, u.sort_key";
        return jdbc.sql(sql).params(params).query(UnitRows.MAPPER).list();
    }

    /** Number of units below the unit on the date, by level. */
    @Override
    public Map<UnitLevel, Long> descendantCounts(UnitView unit, LocalDate asOf) {
        Map<UnitLevel, Long> counts = new EnumMap<>(UnitLevel.class);
        jdbc.sql("SELECT u.level, COUNT(*) AS n FROM org_unit u WHERE u.path LIKE :p AND u.id <> :id AND "
                        + UnitRows.VALID_ON + " GROUP BY u.level")
                .param("p", unit.path() + "%").param("id", unit.id()).param("asOf", asOf)
                .query((rs, i) -> counts.put(UnitLevel.valueOf(rs.getString("level")), rs.getLong("n")))
                .list();
        return counts;
    }

    /** Number of units the user can see on the date, by level. */
    public Map<UnitLevel, Long> countsByLevel(LocalDate asOf, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        Map<UnitLevel, Long> counts = new EnumMap<>(UnitLevel.class);
        jdbc.sql("SELECT u.level, COUNT(*) AS n FROM org_unit u WHERE " + UnitRows.VALID_ON + " AND "
                        + scope.sql("u.path", params) + " GROUP BY u.level")
                .params(params)
                .query((rs, i) -> counts.put(UnitLevel.valueOf(rs.getString("level")), rs.getLong("n")))
                .list();
        return counts;
    }

    /** The units from the top down to this one (inclusive). */
    @Override
    public List<UnitView> path(UnitView unit) {
        List<Long> ids = Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        Map<Long, UnitView> byId = new HashMap<>();
        jdbc.sql("SELECT " + UnitRows.COLUMNS + " FROM org_unit u WHERE u.id IN (:ids)").param("ids", ids)
                .query(UnitRows.MAPPER).list().forEach(u -> byId.put(u.id(), u));
        return ids.stream().map(byId::get).toList();
    }

    public List<SuccessionView> predecessors(long unitId) {
        return links("s.successor_id = :id", "s.predecessor_id", unitId);
    }

    public List<SuccessionView> successors(long unitId) {
        return links("s.predecessor_id = :id", "s.successor_id", unitId);
    }

    private List<SuccessionView> links(String where, String otherColumn, long unitId) {
        return jdbc.sql("SELECT s.id, s.kind, s.effective_date, s.legal_basis, s.part_note, o.id AS oid, o.code, o.name, o.level "
                        + "FROM unit_succession s JOIN org_unit o ON o.id = " + otherColumn + " WHERE " + where
                        + " ORDER BY s.effective_date, o.sort_key")
                .param("id", unitId)
                .query((rs, i) -> new SuccessionView(rs.getLong("id"), SuccessionKind.valueOf(rs.getString("kind")),
                        rs.getDate("effective_date").toLocalDate(), rs.getString("legal_basis"), rs.getString("part_note"),
                        rs.getLong("oid"), rs.getString("code"), rs.getString("name"), UnitLevel.valueOf(rs.getString("level"))))
                .list();
    }

    /**
     * "Carry to date D": the units valid on D that took over the territory of this unit. Follows
     * succession links forward; a unit abolished without a link (a district in 2025) is carried
     * through its children.
     */
    @Override
    public List<UnitView> carryTo(UnitView start, LocalDate date) {
        Set<Long> seen = new LinkedHashSet<>();
        Map<Long, UnitView> result = new LinkedHashMap<>();
        Deque<UnitView> frontier = new ArrayDeque<>();
        frontier.add(byIdUnscoped(start.id()).orElse(start));
        while (!frontier.isEmpty()) {
            UnitView v = frontier.poll();
            if (!seen.add(v.id()) || v.validFrom().isAfter(date)) {
                continue;
            }
            if (v.validOn(date)) {
                result.put(v.id(), v);
                continue;
            }
            List<SuccessionView> next = successors(v.id()).stream().filter(s -> !s.effectiveDate().isAfter(date)).toList();
            if (!next.isEmpty()) {
                next.forEach(s -> byIdUnscoped(s.otherId()).ifPresent(frontier::add));
            } else {
                frontier.addAll(children(v.id(), v.validTo(), UnitScope.EVERYTHING));
            }
        }
        return sorted(new ArrayList<>(result.values()));
    }

    /** Paths of the unit and of all its predecessors, transitively (one recursive query). */
    public List<String> lineagePaths(long unitId) {
        return jdbc.sql("""
                        WITH RECURSIVE lineage(id) AS (
                            SELECT CAST(:id AS BIGINT)
                            UNION ALL
                            SELECT s.predecessor_id FROM unit_succession s JOIN lineage l ON s.successor_id = l.id
                        )
                        SELECT DISTINCT u.path FROM org_unit u JOIN lineage l ON u.id = l.id""")
                .param("id", unitId).query(String.class).list();
    }

    public Page<UnitView> search(UnitSearch search, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(scope.sql("u.path", params));
        if (search.asOf() != null) {
            params.put("asOf", search.asOf());
            where.append(" AND ").append(UnitRows.VALID_ON);
        }
        if (search.parentId() != null) {
            params.put("parent", search.parentId());
            where.append(" AND u.parent_id = :parent");
        }
        if (search.underPath() != null) {
            params.put("under", search.underPath() + "%");
            where.append(" AND u.path LIKE :under");
        }
        if (search.level() != null) {
            params.put("level", search.level().name());
            where.append(" AND u.level = :level");
        }
        if (search.type() != null) {
            params.put("type", search.type().name());
            where.append(" AND u.unit_type = :type");
        }
        String q = VietnameseText.searchKey(search.query());
        if (!q.isEmpty()) {
            params.put("q", "%" + q + "%");
            where.append(" AND (u.search_key LIKE :q OR u.code = :code)");
            params.put("code", search.query().trim());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM org_unit u WHERE " + where).params(params).query(Long.class).single();
        params.put("limit", search.size());
        params.put("offset", (long) search.page() * search.size());
        List<UnitView> items = jdbc.sql("SELECT " + UnitRows.COLUMNS + " FROM org_unit u WHERE " + where
                        + " ORDER BY u.depth, u.sort_key, u.valid_from LIMIT :limit OFFSET :offset")
                .params(params).query(UnitRows.MAPPER).list();
        return new Page<>(items, search.page(), search.size(), total);
    }

    /** Names of the ancestors of each unit, for showing search results with their place. */
    public Map<Long, String> parentLabels(List<UnitView> units) {
        Set<Long> ids = new LinkedHashSet<>();
        for (UnitView u : units) {
            Arrays.stream(u.path().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf)
                    .filter(id -> id != u.id()).forEach(ids::add);
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM org_unit WHERE id IN (:ids)").param("ids", ids)
                .query((rs, i) -> names.put(rs.getLong("id"), rs.getString("name"))).list();
        Map<Long, String> labels = new HashMap<>();
        for (UnitView u : units) {
            List<String> parts = Arrays.stream(u.path().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf)
                    .filter(id -> id != u.id()).map(names::get).toList();
            List<String> reversed = new ArrayList<>(parts);
            java.util.Collections.reverse(reversed);
            labels.put(u.id(), String.join(", ", reversed));
        }
        return labels;
    }

    public List<UnitType> typesPresent(UnitLevel level) {
        return UnitType.ofLevel(level);
    }

    private static List<UnitView> sorted(List<UnitView> units) {
        List<UnitView> copy = new ArrayList<>(units);
        Comparator<String> vi = VietnameseText.comparator();
        copy.sort(Comparator.comparing(UnitView::depth).thenComparing(UnitView::name, vi));
        return copy;
    }
}
