package vn.xomantoan.households.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.households.Gender;
import vn.xomantoan.households.KeyPersonRole;
import vn.xomantoan.households.KeyPersonView;
import vn.xomantoan.households.RespectedKind;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.shared.text.VietnameseText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Set-based reads of key people: a person counts in unit X on D when in office on D in a unit under X on D. */
@Service
@Transactional(readOnly = true)
public class KeyPersonQueries {

    private static final String FROM = """
            FROM key_person k
            JOIN unit_version u ON u.code = k.unit_code AND u.valid_from <= :asOf AND (u.valid_to IS NULL OR u.valid_to >= :asOf)
            WHERE k.term_from <= :asOf AND (k.term_to IS NULL OR k.term_to >= :asOf) AND u.path LIKE :unitPath AND\s""";

    private static final String COLUMNS = "SELECT k.*, u.name AS unit_name ";

    private final JdbcClient jdbc;

    KeyPersonQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<KeyPersonView> search(KeyPersonSearch search, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search, scope, params);
        long total = jdbc.sql("SELECT COUNT(*) " + where).params(params).query(Long.class).single();
        params.put("limit", search.size());
        params.put("offset", (long) search.page() * search.size());
        List<KeyPersonView> items = jdbc.sql(COLUMNS + where + " ORDER BY u.sort_key, k.role, k.sort_key, k.id LIMIT :limit OFFSET :offset")
                .params(params).query((rs, n) -> view(rs)).list();
        return new Page<>(items, search.page(), search.size(), total);
    }

    public void each(KeyPersonSearch search, UnitScope scope, Consumer<KeyPersonView> consumer) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search, scope, params);
        jdbc.sql(COLUMNS + where + " ORDER BY u.sort_key, k.role, k.sort_key, k.id").params(params)
                .query((rs, n) -> view(rs)).stream().forEach(consumer);
    }

    /** Counts by role and gender in one GROUP BY (role and gender filters of the search are ignored). */
    public Map<KeyPersonRole, Map<Gender, Long>> counts(String unitPath, LocalDate asOf, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        params.put("unitPath", unitPath + "%");
        Map<KeyPersonRole, Map<Gender, Long>> counts = new EnumMap<>(KeyPersonRole.class);
        jdbc.sql("SELECT k.role, k.gender, COUNT(*) AS n " + FROM + scope.sql("u.path", params) + " GROUP BY k.role, k.gender")
                .params(params).query((org.springframework.jdbc.core.RowCallbackHandler) rs ->
                        counts.computeIfAbsent(KeyPersonRole.valueOf(rs.getString("role")), r -> new EnumMap<>(Gender.class))
                                .put(Gender.valueOf(rs.getString("gender")), rs.getLong("n")));
        return counts;
    }

    private static String where(KeyPersonSearch search, UnitScope scope, Map<String, Object> params) {
        params.put("asOf", search.asOf());
        params.put("unitPath", search.unitPath() + "%");
        StringBuilder sql = new StringBuilder(FROM).append(scope.sql("u.path", params));
        if (search.role() != null) {
            sql.append(" AND k.role = :role");
            params.put("role", search.role().name());
        }
        if (search.gender() != null) {
            sql.append(" AND k.gender = :gender");
            params.put("gender", search.gender().name());
        }
        String q = VietnameseText.searchKey(search.q());
        if (!q.isEmpty()) {
            sql.append(" AND k.search_key LIKE :q");
            params.put("q", "%" + q.replace("%", "").replace("_", "") + "%");
        }
        return sql.toString();
    }

    /** The person if a version of their unit overlapping their term lies inside the scope. */
    public Optional<KeyPersonView> byId(long id, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("today", LocalDate.now());
        return jdbc.sql("""
                        SELECT k.*, u.name AS unit_name FROM key_person k
                        JOIN unit_version u ON u.code = k.unit_code AND u.valid_from <= COALESCE(k.term_to, :today)
                             AND (u.valid_to IS NULL OR u.valid_to >= k.term_from)
                        WHERE k.id = :id AND\s""" + scope.sql("u.path", params) + " ORDER BY u.valid_from DESC")
                .params(params).query((rs, n) -> view(rs)).list().stream().findFirst();
    }

    static KeyPersonView view(ResultSet rs) throws SQLException {
        String kind = rs.getString("respected_kind");
        Object year = rs.getObject("birth_year");
        return new KeyPersonView(rs.getLong("id"), rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("full_name"),
                Gender.valueOf(rs.getString("gender")), year == null ? null : ((Number) year).intValue(),
                KeyPersonRole.valueOf(rs.getString("role")), kind == null ? null : RespectedKind.valueOf(kind),
                HouseholdQueries.date(rs, "term_from"), HouseholdQueries.date(rs, "term_to"), rs.getString("phone"),
                rs.getString("note"), rs.getLong("row_version"));
    }

    static String searchKey(String name) {
        return VietnameseText.searchKey(name);
    }
}
