package vn.xomantoan.households.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.ChangeStamp;
import vn.xomantoan.audit.ChangeStampedCache;
import vn.xomantoan.households.Gender;
import vn.xomantoan.households.HouseholdView;
import vn.xomantoan.households.ResidenceView;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.shared.text.VietnameseText;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Set-based reads of households. "Lives in unit X on date D" means: a residence valid on D whose
 * area code names, on D, a residential-area version whose path lies under X's path (and the scope).
 */
@Service
@Transactional(readOnly = true)
public class HouseholdQueries {

    static final String AREA_ON = "u.code = r.area_code AND u.level = 'RESIDENTIAL_AREA' "
            + "AND u.valid_from <= :asOf AND (u.valid_to IS NULL OR u.valid_to >= :asOf)";

    private static final String LIST_FROM = """
            FROM household h
            JOIN household_residence r ON r.household_id = h.id AND r.valid_from <= :asOf
                 AND (r.valid_to IS NULL OR r.valid_to >= :asOf)
            JOIN unit_version u ON\s""" + AREA_ON + "\n";

    /** The same rows as {@link #LIST_FROM} without the household table, for counts that need no name. */
    private static final String COUNT_FROM = """
            FROM household_residence r
            JOIN unit_version u ON\s""" + AREA_ON + "\n";

    private static final String RESIDENCE_ON = " AND r.valid_from <= :asOf AND (r.valid_to IS NULL OR r.valid_to >= :asOf)";

    private static final String COLUMNS = """
            SELECT h.id, h.head_name, h.head_gender, h.house_no, h.street, h.members, h.phone, h.moved_in, h.moved_out,
                   r.area_code, u.name AS area_name, u.id AS area_unit_id
            """;

    /** A household is visible when one of its residences overlaps a version of its area inside the scope. */
    private static final String VISIBLE = """
            EXISTS (SELECT 1 FROM household_residence vr JOIN unit_version vu ON vu.code = vr.area_code
                        AND vu.level = 'RESIDENTIAL_AREA' AND vu.valid_from <= COALESCE(vr.valid_to, :today)
                        AND (vu.valid_to IS NULL OR vu.valid_to >= vr.valid_from)
                    WHERE vr.household_id = h.id AND %s)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final ChangeStampedCache<String, Long> totals;

    HouseholdQueries(JdbcClient jdbc, DataSource dataSource, ChangeStamp changes,
                     @Value("${xomantoan.households.count-cache.entries:1000}") int countCacheEntries) {
        this.jdbc = jdbc;
        // Counting every household of a province takes a scan; the count is kept until the data changes.
        this.totals = changes.cache(countCacheEntries, 300);
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1000);
        this.streaming = new NamedParameterJdbcTemplate(template);
    }

    public Page<HouseholdRow> search(HouseholdSearch search, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search, scope, params);
        String count = params.containsKey("q") ? "SELECT COUNT(*) " + LIST_FROM + where : "SELECT COUNT(*) " + COUNT_FROM + where + RESIDENCE_ON;
        long total = totals.get(count + new TreeMap<>(params), () -> jdbc.sql(count).params(params).query(Long.class).single());
        params.put("limit", search.size());
        params.put("offset", (long) search.page() * search.size());
        List<HouseholdRow> items = jdbc.sql(COLUMNS + LIST_FROM + where + " ORDER BY h.sort_key, h.id LIMIT :limit OFFSET :offset")
                .params(params).query((rs, n) -> row(rs)).list();
        return new Page<>(items, search.page(), search.size(), total);
    }

    /**
     * The name of the unit each area belonged to on the date (its commune), for lists wider than one
     * commune, where area names repeat ("Thôn 1" in most communes). One query for the page's areas.
     */
    public Map<String, String> parentNames(Collection<String> areaCodes, LocalDate asOf) {
        if (areaCodes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        jdbc.sql("""
                        SELECT a.code, p.name FROM unit_version a JOIN unit_version p ON p.id = a.parent_id
                        WHERE a.code IN (:codes) AND a.level = 'RESIDENTIAL_AREA'
                          AND a.valid_from <= :asOf AND (a.valid_to IS NULL OR a.valid_to >= :asOf)""")
                .param("codes", Set.copyOf(areaCodes)).param("asOf", asOf)
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    /** Every matching household in list order, streamed (for exports). */
    public void each(HouseholdSearch search, UnitScope scope, Consumer<HouseholdRow> consumer) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search, scope, params);
        streaming.query(COLUMNS + LIST_FROM + where + " ORDER BY h.sort_key, h.id", params,
                (RowCallbackHandler) rs -> consumer.accept(row(rs)));
    }

    private static String where(HouseholdSearch search, UnitScope scope, Map<String, Object> params) {
        params.put("asOf", search.asOf());
        params.put("unitPath", search.unitPath() + "%");
        StringBuilder sql = new StringBuilder("WHERE u.path LIKE :unitPath AND ").append(scope.sql("u.path", params));
        if (search.areaCode() != null && !search.areaCode().isBlank()) {
            sql.append(" AND r.area_code = :area");
            params.put("area", search.areaCode().trim());
        }
        String q = VietnameseText.searchKey(search.q());
        if (!q.isEmpty()) {
            sql.append(" AND h.search_key LIKE :q ESCAPE '\\'");
            params.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return sql.toString();
    }

    /** The household if the scope can see it; {@code areaCode} is its last area. */
    public Optional<HouseholdView> byId(long id, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("today", LocalDate.now());
        String visible = VISIBLE.formatted(scope.sql("vu.path", params));
        return jdbc.sql("""
                        SELECT h.*, (SELECT r.area_code FROM household_residence r WHERE r.household_id = h.id
                                     ORDER BY r.valid_from DESC, r.id DESC FETCH FIRST 1 ROWS ONLY) AS area_code
                        FROM household h WHERE h.id = :id AND\s""" + visible)
                .params(params).query((rs, n) -> view(rs)).optional();
    }

    /**
     * The household if the scope may change it: the area of its last residence (the version valid on
     * the residence's last day, or today) lies inside the scope.
     */
    public Optional<HouseholdView> writable(long id, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("today", LocalDate.now());
        return jdbc.sql("""
                        SELECT h.*, r.area_code FROM household h
                        JOIN household_residence r ON r.household_id = h.id
                        JOIN unit_version u ON u.code = r.area_code AND u.level = 'RESIDENTIAL_AREA'
                             AND u.valid_from <= COALESCE(r.valid_to, :today) AND (u.valid_to IS NULL OR u.valid_to >= COALESCE(r.valid_to, :today))
                        WHERE h.id = :id
                          AND r.valid_from = (SELECT MAX(x.valid_from) FROM household_residence x WHERE x.household_id = h.id)
                          AND\s""" + scope.sql("u.path", params))
                .params(params).query((rs, n) -> view(rs)).optional();
    }

    /** Residence history, oldest first; each area named by its version at the residence's last day (or today). */
    public List<ResidenceView> residences(long householdId) {
        return jdbc.sql("""
                        SELECT r.area_code, r.valid_from, r.valid_to, u.id AS unit_id, u.name AS area_name
                        FROM household_residence r
                        LEFT JOIN unit_version u ON u.code = r.area_code AND u.level = 'RESIDENTIAL_AREA'
                             AND u.valid_from <= COALESCE(r.valid_to, :today) AND (u.valid_to IS NULL OR u.valid_to >= COALESCE(r.valid_to, :today))
                        WHERE r.household_id = :id ORDER BY r.valid_from, r.id""")
                .param("id", householdId).param("today", LocalDate.now())
                .query((rs, n) -> new ResidenceView(rs.getString("area_code"), rs.getString("area_name"),
                        (Long) rs.getObject("unit_id", Long.class), date(rs, "valid_from"), date(rs, "valid_to")))
                .list();
    }

    /** Households living in one area on a date, for lists and printed forms. */
    public List<HouseholdView> residentsOf(String areaCode, LocalDate date, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", date);
        params.put("area", areaCode);
        return jdbc.sql("SELECT h.*, r.area_code " + LIST_FROM + "WHERE r.area_code = :area AND " + scope.sql("u.path", params)
                        + " ORDER BY h.sort_key, h.id")
                .params(params).query((rs, n) -> view(rs)).list();
    }

    static HouseholdRow row(ResultSet rs) throws SQLException {
        return new HouseholdRow(rs.getLong("id"), rs.getString("head_name"), gender(rs.getString("head_gender")),
                rs.getString("house_no"), rs.getString("street"), rs.getInt("members"), rs.getString("phone"),
                date(rs, "moved_in"), date(rs, "moved_out"), rs.getString("area_code"), rs.getString("area_name"),
                rs.getLong("area_unit_id"));
    }

    static HouseholdView view(ResultSet rs) throws SQLException {
        return new HouseholdView(rs.getLong("id"), rs.getString("head_name"), gender(rs.getString("head_gender")),
                rs.getString("house_no"), rs.getString("street"), rs.getInt("members"), rs.getString("phone"),
                date(rs, "moved_in"), date(rs, "moved_out"), rs.getString("note"), rs.getString("area_code"),
                rs.getLong("row_version"));
    }

    static Gender gender(String s) {
        return s == null ? null : Gender.valueOf(s);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
