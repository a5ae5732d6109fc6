package vn.xomantoan.evaluation.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.evaluation.domain.CaseState;
import vn.xomantoan.evaluation.domain.EvalCase;
import vn.xomantoan.evaluation.domain.OverallVerdict;
import vn.xomantoan.evaluation.domain.UnitKind;
import vn.xomantoan.evaluation.domain.Verdict;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.shared.text.VietnameseText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lists and statistics of cases: set-based, scoped, for the board, the province view, results and exports. */
@Component("evaluationCaseQueries")
public class CaseQueries {

    private final JdbcClient jdbc;

    CaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Cases of a year under a unit (its path prefix), optionally filtered. */
    public record CaseFilter(int year, String rootPath, UnitKind kind, String q, CaseState state, OverallVerdict verdict) {
    }

    public Page<EvalCase> search(CaseFilter f, UnitScope scope, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" FROM eval_case c JOIN unit_version u ON u.id = c.unit_version_id WHERE c.eval_year = :y AND ")
                .append(scope.sql("u.path", params));
        params.put("y", f.year());
        if (f.rootPath() != null) {
            where.append(" AND u.path LIKE :root");
            params.put("root", f.rootPath() + "%");
        }
        if (f.kind() != null) {
            where.append(" AND c.unit_kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.state() != null) {
            where.append(" AND c.state = :state");
            params.put("state", f.state().name());
        }
        if (f.verdict() != null) {
            where.append(" AND c.verdict = :verdict");
            params.put("verdict", f.verdict().name());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND c.search_key LIKE :q");
            params.put("q", "%" + VietnameseText.searchKey(f.q()) + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
        String order = " ORDER BY CASE c.unit_kind WHEN 'COMMUNE' THEN 0 WHEN 'RESIDENTIAL_AREA' THEN 1 ELSE 2 END, c.commune_code, c.sort_key, c.id";
        String sql = "SELECT " + CaseStore.COLUMNS + where + order;
        if (size > 0) {
            sql += " LIMIT :limit OFFSET :offset";
            params.put("limit", size);
            params.put("offset", (long) page * size);
        }
        List<EvalCase> items = jdbc.sql(sql).params(params).query(CaseStore.MAPPER).list();
        return new Page<>(items, page, size > 0 ? size : Math.max(1, items.size()), total);
    }

    /** One row per commune under the root: its own case and its units' registration and recognition figures. */
    public record CommuneRow(String communeCode, String communeName, Long caseId, CaseState state, OverallVerdict verdict,
                             Verdict registrationVerdict, Verdict recognitionVerdict, int areas, int areasRegistered,
                             int areasRecognised, int establishments, int establishmentsRegistered, int establishmentsRecognised) {

        public int units() {
            return areas + establishments;
        }

        public int recognisedUnits() {
            return areasRecognised + establishmentsRecognised;
        }

        public int recognitionPercent() {
            return units() == 0 ? 0 : recognisedUnits() * 100 / units();
        }
    }

    private static Verdict verdict(String s) {
        return s == null ? null : Verdict.valueOf(s);
    }

    public List<CommuneRow> communes(int year, String rootPath, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("y", year);
        params.put("root", rootPath + "%");
        String scopeSql = scope.sql("u.path", params);
        Map<String, int[]> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT c.commune_code,
                          SUM(CASE WHEN c.unit_kind = 'RESIDENTIAL_AREA' THEN 1 ELSE 0 END),
                          SUM(CASE WHEN c.unit_kind = 'RESIDENTIAL_AREA' AND c.registered_on IS NOT NULL THEN 1 ELSE 0 END),
                          SUM(CASE WHEN c.unit_kind = 'RESIDENTIAL_AREA' AND c.outcome = 'RECOGNISED' THEN 1 ELSE 0 END),
                          SUM(CASE WHEN c.unit_kind IN ('AGENCY_ENTERPRISE', 'SCHOOL') THEN 1 ELSE 0 END),
                          SUM(CASE WHEN c.unit_kind IN ('AGENCY_ENTERPRISE', 'SCHOOL') AND c.registered_on IS NOT NULL THEN 1 ELSE 0 END),
                          SUM(CASE WHEN c.unit_kind IN ('AGENCY_ENTERPRISE', 'SCHOOL') AND c.outcome = 'RECOGNISED' THEN 1 ELSE 0 END)
                        FROM eval_case c JOIN unit_version u ON u.id = c.unit_version_id
                        WHERE c.eval_year = :y AND c.unit_kind <> 'COMMUNE' AND u.path LIKE :root AND """ + scopeSql + " GROUP BY c.commune_code")
                .params(params)
                .query(rs -> {
                    counts.put(rs.getString(1), new int[]{rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)});
                });
        return jdbc.sql("""
                        SELECT c.unit_code, c.unit_name, c.id, c.state, c.verdict, ra.verdict AS reg, rb.verdict AS rec
                        FROM eval_case c JOIN unit_version u ON u.id = c.unit_version_id
                        LEFT JOIN eval_result ra ON ra.case_id = c.id AND ra.criterion_code = 'XA-4a'
                        LEFT JOIN eval_result rb ON rb.case_id = c.id AND rb.criterion_code IN ('XA-4b', 'XA-4')
                        WHERE c.eval_year = :y AND c.unit_kind = 'COMMUNE' AND u.path LIKE :root AND """ + scopeSql + " ORDER BY c.sort_key")
                .params(params)
                .query((rs, i) -> {
                    int[] n = counts.getOrDefault(rs.getString(1), new int[6]);
                    return new CommuneRow(rs.getString(1), rs.getString(2), rs.getLong(3), CaseState.valueOf(rs.getString(4)),
                            OverallVerdict.valueOf(rs.getString(5)), verdict(rs.getString(6)), verdict(rs.getString(7)), n[0], n[1], n[2], n[3], n[4], n[5]);
                })
                .list();
    }
}
