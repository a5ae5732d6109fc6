package vn.xomantoan.evaluation.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.evaluation.domain.Target;
import vn.xomantoan.evaluation.domain.UnitKind;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitType;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The units a run evaluates: every commune, residential area and eligible establishment under the
 * root on the reference date, in one query over {@code unit_version}. Enterprise size and school
 * level are not in the view, so they are read per commune through the unit catalog.
 */
@Component("evaluationTargetFinder")
public class TargetFinder {

    private static final String EVALUATED_TYPES = "'XA','PHUONG','THI_TRAN','DAC_KHU','THON','XOM','TO_DAN_PHO','KHU_PHO','BAN','AP','KHU_DAN_CU','AGENCY','ENTERPRISE','SCHOOL'";

    private final JdbcClient jdbc;
    private final UnitCatalog units;

    TargetFinder(JdbcClient jdbc, UnitCatalog units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    private record Row(long id, String code, String name, UnitType type, long parentId, String parentCode, String sortKey) {
    }

    public String provinceCode(UnitView root) {
        return units.path(root).get(0).code();
    }

    public List<Target> find(UnitView root, LocalDate refDate, int year, UnitScope scope) {
        String province = provinceCode(root);
        Map<String, Object> params = new HashMap<>();
        params.put("root", root.path() + "%");
        params.put("d", refDate);
        String sql = """
                SELECT u.id, u.code, u.name, u.unit_type, u.parent_id, p.code AS parent_code, u.sort_key
                FROM unit_version u LEFT JOIN unit_version p ON p.id = u.parent_id
                WHERE u.path LIKE :root AND u.valid_from <= :d AND (u.valid_to IS NULL OR u.valid_to >= :d)
                  AND u.unit_type IN (""" + EVALUATED_TYPES + ") AND " + scope.sql("u.path", params) + " ORDER BY u.sort_key";
        List<Row> rows = jdbc.sql(sql).params(params).query((rs, i) -> new Row(rs.getLong("id"), rs.getString("code"),
                rs.getString("name"), UnitType.valueOf(rs.getString("unit_type")), rs.getLong("parent_id"),
                rs.getString("parent_code"), rs.getString("sort_key"))).list();
        Set<String> excluded = excluded(year);
        Map<Long, UnitView> establishments = establishmentDetails(rows, refDate);
        List<Target> targets = new ArrayList<>();
        for (Row r : rows) {
            UnitKind kind = UnitKind.of(r.type()).orElseThrow();
            if (excluded.contains(r.code()) || !eligible(r, establishments.get(r.id()))) {
                continue;
            }
            String commune = kind == UnitKind.COMMUNE ? r.code() : r.parentCode();
            targets.add(new Target(r.id(), r.code(), r.name(), kind, commune, province, r.sortKey()));
        }
        return targets;
    }

    private static boolean eligible(Row r, UnitView detail) {
        if (r.type() == UnitType.ENTERPRISE) {
            return detail != null && detail.enterpriseSize() != null && detail.enterpriseSize().eligibleForRecognition();
        }
        if (r.type() == UnitType.SCHOOL) {
            return detail != null && detail.schoolLevel() != null && detail.schoolLevel().eligibleForRecognition();
        }
        return true;
    }

    private Map<Long, UnitView> establishmentDetails(List<Row> rows, LocalDate refDate) {
        Set<Long> parents = new HashSet<>();
        rows.stream().filter(r -> r.type() == UnitType.ENTERPRISE || r.type() == UnitType.SCHOOL).forEach(r -> parents.add(r.parentId()));
        Map<Long, UnitView> details = new HashMap<>();
        for (long parent : parents) {
            units.children(parent, refDate, UnitScope.EVERYTHING).stream()
                    .filter(u -> u.level() == UnitLevel.ESTABLISHMENT).forEach(u -> details.put(u.id(), u));
        }
        return details;
    }

    private Set<String> excluded(int year) {
        return new HashSet<>(jdbc.sql("SELECT unit_code FROM eval_exclusion WHERE year_from <= :y AND (year_to IS NULL OR year_to >= :y)")
                .param("y", year).query(String.class).list());
    }

    /**
     * For each commune among the targets, the codes of the communes that held its current
     * residential areas on each of the dates (itself included), so facts recorded under a commune
     * that has since merged are counted for its successor.
     */
    public Map<String, Set<String>> communeLineage(List<Target> targets, List<LocalDate> dates, LocalDate refDate) {
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        List<String> communes = targets.stream().filter(t -> t.kind() == UnitKind.COMMUNE).map(Target::code).toList();
        communes.forEach(c -> aliases.computeIfAbsent(c, k -> new HashSet<>()).add(c));
        if (communes.isEmpty()) {
            return aliases;
        }
        for (LocalDate date : dates) {
            for (List<String> chunk : chunks(communes)) {
                jdbc.sql("""
                                SELECT DISTINCT cur.code AS commune, oldp.code AS old_code
                                FROM unit_version cur
                                JOIN unit_version a ON a.parent_id = cur.id AND a.level = 'RESIDENTIAL_AREA'
                                     AND a.valid_from <= :ref AND (a.valid_to IS NULL OR a.valid_to >= :ref)
                                JOIN unit_version olda ON olda.code = a.code AND olda.valid_from <= :d AND (olda.valid_to IS NULL OR olda.valid_to >= :d)
                                JOIN unit_version oldp ON oldp.id = olda.parent_id
                                WHERE cur.code IN (:codes) AND cur.valid_from <= :ref AND (cur.valid_to IS NULL OR cur.valid_to >= :ref)""")
                        .param("ref", refDate).param("d", date).param("codes", chunk)
                        .query(rs -> {
                            aliases.computeIfAbsent(rs.getString("commune"), k -> new HashSet<>()).add(rs.getString("old_code"));
                        });
            }
        }
        return aliases;
    }

    static <T> List<List<T>> chunks(List<T> list) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += 1000) {
            out.add(list.subList(i, Math.min(list.size(), i + 1000)));
        }
        return out;
    }
}
