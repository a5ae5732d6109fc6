package vn.xomantoan.incidents.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.incidents.domain.IncidentRecord;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.shared.text.VietnameseText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Set-based list queries over the log, always inside the caller's scope. */
@Repository
public class IncidentQueries {

    private static final String SELECT = """
            SELECT i.id, i.occurred_on, i.occurred_at_time, i.unit_id, i.place_code, u.name AS place_name,
                   pu.name AS place_parent_name, i.perpetrator_area_code, i.category_code, i.subcategory_code,
                   i.penal_article, i.penal_clause, i.crime_class, i.grade_code, i.serious, i.force_majeure,
                   i.handled_promptly, i.excuse_decided_by, i.excuse_reason, i.status, i.victims, i.persons_involved,
                   i.household_id, i.key_person_id, i.summary, i.created_by, i.row_version
            """;

    private final JdbcClient jdbc;

    IncidentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<IncidentRecord> search(IncidentFilter f, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        String from = from(f, scope, params);
        long total = jdbc.sql("SELECT COUNT(*) " + from).params(params).query(Long.class).single();
        params.put("limit", f.size());
        params.put("offset", (long) f.page() * f.size());
        List<IncidentRecord> items = jdbc.sql(SELECT + from + order(f) + " LIMIT :limit OFFSET :offset")
                .params(params).query(IncidentRecord.class).list();
        return new Page<>(items, f.page(), f.size(), total);
    }

    /** Every matching record (for an export), capped. */
    public List<IncidentRecord> all(IncidentFilter f, UnitScope scope, int max) {
        Map<String, Object> params = new HashMap<>();
        String from = from(f, scope, params);
        params.put("limit", max);
        return jdbc.sql(SELECT + from + order(f) + " LIMIT :limit").params(params).query(IncidentRecord.class).list();
    }

    private static String order(IncidentFilter f) {
        return f.byPlace() ? " ORDER BY i.sort_key, i.occurred_on DESC, i.id DESC" : " ORDER BY i.occurred_on DESC, i.id DESC";
    }

    private static String from(IncidentFilter f, UnitScope scope, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(
                "FROM incident i JOIN unit_version u ON u.id = i.unit_id LEFT JOIN unit_version pu ON pu.id = u.parent_id ");
        if (f.unitPath() != null) {
            sql.append("LEFT JOIN unit_version cu ON cu.code = i.place_code AND cu.valid_from <= :asOf ")
                    .append("AND (cu.valid_to IS NULL OR cu.valid_to >= :asOf) ");
        }
        sql.append("WHERE ").append(scope.sql("u.path", params));
        if (f.unitPath() != null) {
            sql.append(" AND COALESCE(cu.path, u.path) LIKE :unitPath");
            params.put("unitPath", f.unitPath() + "%");
            params.put("asOf", f.asOf());
        }
        if (f.from() != null) {
            sql.append(" AND i.occurred_on >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            sql.append(" AND i.occurred_on <= :to");
            params.put("to", f.to());
        }
        if (!f.categories().isEmpty()) {
            sql.append(" AND i.category_code IN (:categories)");
            params.put("categories", f.categories());
        }
        if (f.crimeClass() != null && !f.crimeClass().isBlank()) {
            sql.append(" AND i.crime_class = :crimeClass");
            params.put("crimeClass", f.crimeClass());
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" AND i.search_key LIKE :q");
            params.put("q", "%" + VietnameseText.searchKey(f.q()) + "%");
        }
        return sql.toString();
    }
}
