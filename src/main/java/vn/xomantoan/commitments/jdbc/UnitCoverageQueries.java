package vn.xomantoan.commitments.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.xomantoan.commitments.ChildCoverage;
import vn.xomantoan.commitments.CoverageFigures;
import vn.xomantoan.commitments.SubjectKind;
import vn.xomantoan.commitments.domain.Campaign;
import vn.xomantoan.commitments.domain.UnitStatus;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.units.UnitLevel;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage of unit-level campaigns (residential areas, agencies, enterprises, schools) in set-based
 * SQL over the published view {@code unit_version}: the units that sign are the versions of the
 * campaign's kind valid on the date, inside the owner's territory and the scope; one query gives
 * the figures of every child unit, one the units of a subtree with their commitments.
 */
@Repository
public class UnitCoverageQueries {

    private static final String VALID = " %1$s.valid_from <= :d AND (%1$s.valid_to IS NULL OR %1$s.valid_to >= :d) ";

    private final JdbcClient jdbc;

    UnitCoverageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String valid(String alias) {
        return String.format(VALID, alias);
    }

    /** The condition that the unit version {@code alias} signs in campaigns of this kind. */
    public static String subject(SubjectKind kind, String alias, Map<String, Object> params) {
        if (kind == SubjectKind.RESIDENTIAL_AREA) {
            return alias + ".level = 'RESIDENTIAL_AREA'";
        }
        if (kind == SubjectKind.HOUSEHOLD) {
            throw new IllegalArgumentException("households are not units");
        }
        params.put("stype", kind.name());
        return "(" + alias + ".level = 'ESTABLISHMENT' AND " + alias + ".unit_type = :stype)";
    }

    private static String anyPrefix(String column, List<String> paths, Map<String, Object> params) {
        if (paths.isEmpty()) {
            return "1=0";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < paths.size(); i++) {
            sb.append(i > 0 ? " OR " : "").append(column).append(" LIKE :own").append(i);
            params.put("own" + i, paths.get(i) + "%");
        }
        return sb.append(")").toString();
    }

    /**
     * Figures of every child of the unit version on the date that holds at least one unit of the
     * campaign's kind (or is one): units due, units signed by the date. Vietnamese order.
     */
    public List<ChildCoverage> children(Campaign campaign, long unitId, LocalDate d, List<String> ownerPaths, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("target", unitId);
        params.put("d", d);
        params.put("camp", campaign.id());
        String sql = "SELECT ch.id, ch.code, ch.name, ch.level, f.due, f.signed "
                + "FROM unit_version ch JOIN ("
                + "  SELECT c2.id AS child_id, COUNT(*) AS due, SUM(CASE WHEN k.id IS NOT NULL THEN 1 ELSE 0 END) AS signed "
                + "  FROM unit_version c2 JOIN unit_version s ON s.path LIKE CONCAT(c2.path, '%') "
                + "  LEFT JOIN unit_commitment k ON k.unit_code = s.code AND k.campaign_id = :camp AND k.signed_on <= :d "
                + "  WHERE c2.parent_id = :target AND " + valid("c2") + " AND " + valid("s") + " AND "
                + subject(campaign.subjectKind(), "s", params) + " AND " + anyPrefix("s.path", ownerPaths, params)
                + "  AND " + scope.sql("s.path", params)
                + "  GROUP BY c2.id) f ON f.child_id = ch.id "
                + "WHERE ch.parent_id = :target AND " + valid("ch") + " AND " + scope.sql("ch.path", params)
                + " ORDER BY ch.sort_key";
        return jdbc.sql(sql).params(params).query((rs, i) -> new ChildCoverage(rs.getLong("id"), rs.getString("code"),
                rs.getString("name"), UnitLevel.valueOf(rs.getString("level")),
                new CoverageFigures(rs.getLong("due"), rs.getLong("signed"), 0), null)).list();
    }

    /**
     * The units of the campaign's kind in the subtree of the unit version (itself included) on the
     * date, with their commitment if recorded, ordered by parent then name (Vietnamese order).
     */
    public List<UnitStatus> units(Campaign campaign, long unitId, LocalDate d, List<String> ownerPaths, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("target", unitId);
        params.put("d", d);
        params.put("camp", campaign.id());
        String sql = "SELECT s.id, s.code, s.name, p.name AS parent_name, k.id AS commitment_id, k.signed_on, k.signed_by, "
                + "k.recorded_by, k.row_version "
                + "FROM unit_version t JOIN unit_version s ON s.path LIKE CONCAT(t.path, '%') "
                + "LEFT JOIN unit_version p ON p.id = s.parent_id "
                + "LEFT JOIN unit_commitment k ON k.unit_code = s.code AND k.campaign_id = :camp "
                + "WHERE t.id = :target AND " + valid("s") + " AND " + subject(campaign.subjectKind(), "s", params) + " AND "
                + anyPrefix("s.path", ownerPaths, params) + " AND " + scope.sql("s.path", params)
                + " ORDER BY p.sort_key, s.sort_key, s.id";
        return jdbc.sql(sql).params(params).query((rs, i) -> {
            boolean recorded = rs.getObject("commitment_id") != null;
            return new UnitStatus(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("parent_name"),
                    recorded ? rs.getLong("commitment_id") : null, recorded ? rs.getDate("signed_on").toLocalDate() : null,
                    rs.getString("signed_by"), rs.getString("recorded_by"), recorded ? rs.getLong("row_version") : null, d);
        }).list();
    }
}
