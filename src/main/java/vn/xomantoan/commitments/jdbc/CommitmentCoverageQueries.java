package vn.xomantoan.commitments.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.xomantoan.commitments.ChildCoverage;
import vn.xomantoan.commitments.CoverageFigures;
import vn.xomantoan.commitments.Kdc1cStatus;
import vn.xomantoan.commitments.domain.Campaign;
import vn.xomantoan.commitments.domain.HouseholdStatus;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.units.UnitLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage in set-based SQL over the published views {@code unit_version} and
 * {@code household_resident}: one query for the figures of every child unit, one for an area's
 * households, one for KDC-1c of a set of areas.
 */
@Repository
public class CommitmentCoverageQueries {

    /** Resident in the area on :d. moved_out, like valid_to, is the last day lived there. */
    static final String RESIDENT_ON_D = "r.valid_from <= :d AND (r.valid_to IS NULL OR r.valid_to >= :d) "
            + "AND (r.moved_out IS NULL OR r.moved_out >= :d)";
    private static final String VALID = " %1$s.valid_from <= :d AND (%1$s.valid_to IS NULL OR %1$s.valid_to >= :d) ";

    private final JdbcClient jdbc;

    CommitmentCoverageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String valid(String alias) {
        return String.format(VALID, alias);
    }

    private static String anyPrefix(String column, List<String> paths, String name, Map<String, Object> params) {
        if (paths.isEmpty()) {
            return "1=0";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < paths.size(); i++) {
            sb.append(i > 0 ? " OR " : "").append(column).append(" LIKE :").append(name).append(i);
            params.put(name + i, paths.get(i) + "%");
        }
        return sb.append(")").toString();
    }

    /**
     * Figures of every child (administrative unit or residential area) of the unit version on the
     * date, counting only areas inside the campaign owner's territory and the scope, Vietnamese order.
     */
    public List<ChildCoverage> children(Campaign campaign, long unitId, LocalDate d, List<String> ownerPaths, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("target", unitId);
        params.put("d", d);
        params.put("camp", campaign.id());
        params.put("deadline", campaign.deadline());
        params.put("graceStart", d.minusDays(campaign.graceDays()));
        String sql = "SELECT ch.id, ch.code, ch.name, ch.level, COALESCE(f.resident, 0) AS resident, "
                + "COALESCE(f.signed, 0) AS signed, COALESCE(f.not_yet_due, 0) AS not_yet_due "
                + "FROM unit_version ch LEFT JOIN ("
                + "  SELECT x.child_id, COUNT(*) AS resident, SUM(CASE WHEN k.id IS NOT NULL THEN 1 ELSE 0 END) AS signed, "
                + "    SUM(CASE WHEN k.id IS NULL AND r.valid_from > :deadline AND r.valid_from >= :graceStart THEN 1 ELSE 0 END) AS not_yet_due "
                + "  FROM (SELECT c2.id AS child_id, a.code AS area_code FROM unit_version c2 "
                + "        JOIN unit_version a ON a.path LIKE CONCAT(c2.path, '%') "
                + "        WHERE c2.parent_id = :target AND " + valid("c2") + " AND a.level = 'RESIDENTIAL_AREA' AND " + valid("a")
                + "        AND " + anyPrefix("a.path", ownerPaths, "own", params) + " AND " + scope.sql("a.path", params) + ") x "
                + "  JOIN household_resident r ON r.area_code = x.area_code AND " + RESIDENT_ON_D
                + "  LEFT JOIN commitment k ON k.household_id = r.household_id AND k.campaign_id = :camp AND k.signed_on <= :d "
                + "  GROUP BY x.child_id) f ON f.child_id = ch.id "
                + "WHERE ch.parent_id = :target AND " + valid("ch") + " AND ch.level <> 'ESTABLISHMENT' AND "
                + scope.sql("ch.path", params) + " ORDER BY ch.sort_key";
        return jdbc.sql(sql).params(params).query((rs, i) -> new ChildCoverage(rs.getLong("id"), rs.getString("code"),
                rs.getString("name"), UnitLevel.valueOf(rs.getString("level")),
                new CoverageFigures(rs.getLong("resident"), rs.getLong("signed"), rs.getLong("not_yet_due")), null)).list();
    }

    /** The households resident in the area on the date, in Vietnamese order of the head's name. */
    public List<HouseholdStatus> households(Campaign campaign, String areaCode, LocalDate d) {
        LocalDate graceStart = d.minusDays(campaign.graceDays());
        List<HouseholdStatus> rows = new ArrayList<>(jdbc.sql("""
                        SELECT r.household_id, r.head_name, r.members, r.valid_from AS arrived, k.id AS commitment_id,
                               k.signed_on, k.signed_by, k.recorded_by, k.row_version, COALESCE(b.n, 0) AS breaches
                        FROM household_resident r
                        LEFT JOIN commitment k ON k.household_id = r.household_id AND k.campaign_id = :camp AND k.signed_on <= :d
                        LEFT JOIN (SELECT household_id, COUNT(*) AS n FROM commitment_breach WHERE campaign_id = :camp
                                   AND area_code = :area GROUP BY household_id) b ON b.household_id = r.household_id
                        WHERE r.area_code = :area AND
                        """ + " " + RESIDENT_ON_D)
                .param("camp", campaign.id()).param("area", areaCode).param("d", d)
                .query((rs, i) -> {
                    LocalDate arrived = rs.getDate("arrived").toLocalDate();
                    boolean signed = rs.getObject("commitment_id") != null;
                    boolean mover = arrived.isAfter(campaign.deadline());
                    boolean notYetDue = !signed && mover && !arrived.isBefore(graceStart);
                    return new HouseholdStatus(rs.getLong("household_id"), rs.getString("head_name"), rs.getInt("members"),
                            arrived, signed ? rs.getLong("commitment_id") : null,
                            signed ? rs.getDate("signed_on").toLocalDate() : null, rs.getString("signed_by"),
                            rs.getString("recorded_by"), signed ? rs.getLong("row_version") : null, notYetDue,
                            mover ? arrived.plusDays(campaign.graceDays()) : null, rs.getInt("breaches"));
                }).list());
        Comparator<String> vi = VietnameseText.comparator();
        rows.sort(Comparator.comparing(HouseholdStatus::headName, vi).thenComparing(HouseholdStatus::householdId));
        return rows;
    }

    public static CoverageFigures figures(List<HouseholdStatus> households) {
        long signed = households.stream().filter(HouseholdStatus::signed).count();
        long notYetDue = households.stream().filter(HouseholdStatus::notYetDue).count();
        return new CoverageFigures(households.size(), signed, notYetDue);
    }

    /**
     * KDC-1c of each area code, judged on date {@code e}: households resident on the deadline must
     * have signed by the deadline; households that moved in later must have signed within their
     * grace period once it has run out by {@code e}.
     */
    public Map<String, Kdc1cStatus> kdc1c(Campaign campaign, List<String> areaCodes, LocalDate e) {
        Map<String, Kdc1cStatus> result = new HashMap<>();
        if (areaCodes.isEmpty()) {
            return result;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("camp", campaign.id());
        params.put("codes", areaCodes);
        params.put("dl", campaign.deadline());
        params.put("e", e);
        params.put("grace", campaign.graceDays());
        String atDeadline = "(r.valid_from <= :dl AND (r.valid_to IS NULL OR r.valid_to >= :dl) AND (r.moved_out IS NULL OR r.moved_out >= :dl))";
        String graceEnd = "r.valid_from + CAST(:grace AS INTEGER)";
        String moverDue = "(r.valid_from > :dl AND " + graceEnd + " < :e AND (r.valid_to IS NULL OR r.valid_to >= " + graceEnd
                + ") AND (r.moved_out IS NULL OR r.moved_out >= " + graceEnd + "))";
        String sql = "SELECT r.area_code, "
                + "SUM(CASE WHEN " + atDeadline + " THEN 1 ELSE 0 END) AS base, "
                + "SUM(CASE WHEN " + atDeadline + " AND (k.id IS NULL OR k.signed_on > :dl) THEN 1 ELSE 0 END) AS failed_base, "
                + "SUM(CASE WHEN " + moverDue + " THEN 1 ELSE 0 END) AS movers, "
                + "SUM(CASE WHEN " + moverDue + " AND (k.id IS NULL OR k.signed_on > " + graceEnd + ") THEN 1 ELSE 0 END) AS failed_movers "
                + "FROM household_resident r LEFT JOIN commitment k ON k.household_id = r.household_id AND k.campaign_id = :camp "
                + "WHERE r.area_code IN (:codes) AND r.valid_from <= :e AND (r.valid_to IS NULL OR r.valid_to >= :dl) "
                + "GROUP BY r.area_code";
        jdbc.sql(sql).params(params).query(rs -> {
            long failed = rs.getLong("failed_base") + rs.getLong("failed_movers");
            Kdc1cStatus status;
            if (rs.getLong("base") + rs.getLong("movers") == 0) {
                status = Kdc1cStatus.NO_DATA;
            } else {
                status = failed == 0 ? Kdc1cStatus.MET : Kdc1cStatus.NOT_MET;
            }
            result.put(rs.getString("area_code"), status);
        });
        // Before the deadline nothing can be judged yet.
        areaCodes.forEach(c -> {
            result.putIfAbsent(c, Kdc1cStatus.NO_DATA);
            if (e.isBefore(campaign.deadline()) && result.get(c) != Kdc1cStatus.NO_DATA) {
                result.put(c, Kdc1cStatus.PENDING);
            }
        });
        return result;
    }
}
