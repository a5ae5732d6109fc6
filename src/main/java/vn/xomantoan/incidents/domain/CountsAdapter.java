package vn.xomantoan.incidents.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.incidents.IncidentCounts;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Service
class CountsAdapter implements IncidentCounts {

    private final JdbcClient jdbc;
    private final UnitCatalog units;

    CountsAdapter(JdbcClient jdbc, UnitCatalog units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    @Override
    public long countInside(Collection<Long> unitIds, LocalDate from, LocalDate to, UnitScope scope) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (Long id : unitIds) {
            UnitView u = units.byId(id, UnitScope.EVERYTHING).orElse(null);
            if (u == null) {
                continue;
            }
            conditions.add("u.path LIKE :p" + i + " OR i.place_code = :c" + i);
            params.put("p" + i, u.path() + "%");
            params.put("c" + i, u.code());
            i++;
        }
        if (conditions.isEmpty()) {
            return 0;
        }
        params.put("from", from);
        params.put("to", to);
        String sql = "SELECT COUNT(*) FROM incident i JOIN unit_version u ON u.id = i.unit_id "
                + "WHERE i.occurred_on >= :from AND i.occurred_on <= :to AND (" + String.join(" OR ", conditions) + ") AND "
                + scope.sql("u.path", params);
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Override
    public Map<Long, Long> countPerUnit(Collection<Long> unitIds, LocalDate from, LocalDate to, UnitScope scope) {
        Map<Long, Long> counts = new HashMap<>();
        if (unitIds.isEmpty()) {
            return counts;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("ids", unitIds);
        params.put("from", from);
        params.put("to", to);
        jdbc.sql("SELECT x.id, COUNT(*) AS n FROM incident i JOIN unit_version u ON u.id = i.unit_id "
                        + "JOIN unit_version x ON x.id IN (:ids) AND u.path LIKE x.path || '%' "
                        + "WHERE i.occurred_on >= :from AND i.occurred_on <= :to AND " + scope.sql("u.path", params)
                        + " GROUP BY x.id")
                .params(params).query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        unitIds.forEach(id -> counts.putIfAbsent(id, 0L));
        return counts;
    }
}
