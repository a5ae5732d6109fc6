package vn.xomantoan.evaluation.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.evaluation.domain.CaseState;
import vn.xomantoan.evaluation.domain.EvalCase;
import vn.xomantoan.evaluation.domain.OverallVerdict;
import vn.xomantoan.evaluation.domain.Target;
import vn.xomantoan.evaluation.domain.UnitKind;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.text.VietnameseText;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Recognition cases in the database. */
@Component("evaluationCaseStore")
public class CaseStore {

    static final String COLUMNS = "c.id, c.unit_code, c.unit_version_id, c.unit_name, c.unit_kind, c.commune_code, c.eval_year, c.set_code, "
            + "c.state, c.verdict, c.outcome, c.failing, c.registered_on, c.self_reviewed_on, c.submitted_on, c.appraisal_on, "
            + "c.decided_on, c.decision_id, c.certificate_no, c.evaluated_at, c.row_version";

    static final RowMapper<EvalCase> MAPPER = (rs, i) -> new EvalCase(rs.getLong("id"), rs.getString("unit_code"),
            rs.getLong("unit_version_id"), rs.getString("unit_name"), UnitKind.valueOf(rs.getString("unit_kind")),
            rs.getString("commune_code"), rs.getInt("eval_year"), rs.getString("set_code"), CaseState.valueOf(rs.getString("state")),
            OverallVerdict.valueOf(rs.getString("verdict")), rs.getString("outcome"), rs.getString("failing"),
            date(rs.getDate("registered_on")), date(rs.getDate("self_reviewed_on")), date(rs.getDate("submitted_on")),
            date(rs.getDate("appraisal_on")), date(rs.getDate("decided_on")), (Long) rs.getObject("decision_id", Long.class),
            rs.getString("certificate_no"), rs.getTimestamp("evaluated_at") == null ? null : rs.getTimestamp("evaluated_at").toLocalDateTime(),
            rs.getLong("row_version"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CaseStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    public Optional<EvalCase> byId(long id, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return jdbc.sql("SELECT " + COLUMNS + " FROM eval_case c JOIN unit_version u ON u.id = c.unit_version_id WHERE c.id = :id AND "
                + scope.sql("u.path", params)).params(params).query(MAPPER).optional();
    }

    public Optional<EvalCase> byUnit(String unitCode, int year, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("code", unitCode);
        params.put("y", year);
        return jdbc.sql("SELECT " + COLUMNS + " FROM eval_case c JOIN unit_version u ON u.id = c.unit_version_id "
                + "WHERE c.unit_code = :code AND c.eval_year = :y AND " + scope.sql("u.path", params)).params(params).query(MAPPER).optional();
    }

    /** The cases of these units in these years, a handful of queries whatever the number of units. */
    public List<EvalCase> byUnits(Collection<String> unitCodes, Collection<Integer> years) {
        List<EvalCase> found = new ArrayList<>();
        for (List<String> chunk : TargetFinder.chunks(new ArrayList<>(unitCodes))) {
            found.addAll(jdbc.sql("SELECT " + COLUMNS + " FROM eval_case c WHERE c.unit_code IN (:codes) AND c.eval_year IN (:years)")
                    .param("codes", chunk).param("years", List.copyOf(years)).query(MAPPER).list());
        }
        return found;
    }

    /** The code of the province a unit version lies in (the first element of its path). */
    public String provinceCode(long unitVersionId) {
        String path = jdbc.sql("SELECT path FROM unit_version WHERE id = :id").param("id", unitVersionId).query(String.class).single();
        long rootId = Long.parseLong(path.substring(1, path.indexOf('/', 1)));
        return jdbc.sql("SELECT code FROM unit_version WHERE id = :id").param("id", rootId).query(String.class).single();
    }

    /** The cases of a year for these communes (their own case and their units'), by unit code. */
    public Map<String, EvalCase> byCommunes(int year, Collection<String> communeCodes) {
        Map<String, EvalCase> map = new LinkedHashMap<>();
        for (List<String> chunk : TargetFinder.chunks(new ArrayList<>(communeCodes))) {
            jdbc.sql("SELECT " + COLUMNS + " FROM eval_case c WHERE c.eval_year = :y AND c.commune_code IN (:codes)")
                    .param("y", year).param("codes", chunk).query(MAPPER).list().forEach(c -> map.put(c.unitCode(), c));
        }
        return map;
    }

    public List<EvalCase> byDecision(long decisionId, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("d", decisionId);
        return jdbc.sql("SELECT " + COLUMNS + " FROM eval_case c JOIN unit_version u ON u.id = c.unit_version_id WHERE c.decision_id = :d AND "
                + scope.sql("u.path", params)).params(params).query(MAPPER).list();
    }

    public List<EvalCase> byIds(Collection<Long> ids) {
        List<EvalCase> out = new ArrayList<>();
        for (List<Long> chunk : TargetFinder.chunks(new ArrayList<>(ids))) {
            out.addAll(jdbc.sql("SELECT " + COLUMNS + " FROM eval_case c WHERE c.id IN (:ids)").param("ids", chunk).query(MAPPER).list());
        }
        return out;
    }

    /** Opens an ELIGIBLE case for every target that has none for the year; returns how many were opened. */
    public int openMissing(List<Target> targets, int year, Function<UnitKind, String> setCode, Map<String, EvalCase> existing) {
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        for (Target t : targets) {
            if (!existing.containsKey(t.code())) {
                rows.add(new Object[]{t.code(), t.versionId(), t.name(), t.kind().name(), t.communeCode(), year,
                        setCode.apply(t.kind()), CaseState.ELIGIBLE.name(), VietnameseText.searchKey(t.name() + " " + t.code()),
                        t.sortKey() == null ? VietnameseText.sortKey(t.name()) : t.sortKey(), now});
            }
        }
        template.batchUpdate("""
                INSERT INTO eval_case (unit_code, unit_version_id, unit_name, unit_kind, commune_code, eval_year, set_code, state,
                                       search_key, sort_key, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)""", rows);
        return rows.size();
    }

    /** Stores a new state and its dates, if nobody changed the case meanwhile. */
    public boolean updateState(EvalCase c, CaseState state, String outcome, Map<String, LocalDate> dates, Long decisionId, String certificateNo) {
        StringBuilder sql = new StringBuilder("UPDATE eval_case SET state = :state, outcome = :outcome, row_version = row_version + 1");
        Map<String, Object> params = new HashMap<>();
        params.put("state", state.name());
        params.put("outcome", outcome);
        dates.forEach((column, value) -> {
            sql.append(", ").append(column).append(" = :").append(column);
            params.put(column, value);
        });
        if (decisionId != null) {
            sql.append(", decision_id = :decision, certificate_no = :cert");
            params.put("decision", decisionId);
            params.put("cert", certificateNo);
        }
        sql.append(" WHERE id = :id AND row_version = :rv");
        params.put("id", c.id());
        params.put("rv", c.rowVersion());
        return jdbc.sql(sql.toString()).params(params).update() == 1;
    }

    public void recordTransition(long caseId, String action, CaseState from, CaseState to, LocalDate on, String note, String user) {
        jdbc.sql("""
                        INSERT INTO eval_transition (case_id, action, from_state, to_state, on_date, note, username, acted_at)
                        VALUES (:c, :a, :f, :t, :d, :n, :u, :at)""")
                .param("c", caseId).param("a", action).param("f", from.name()).param("t", to.name()).param("d", on)
                .param("n", note).param("u", user).param("at", LocalDateTime.now()).update();
    }

    /** Moves many cases at once (system transitions of a run), recording each in the history. */
    public void moveAll(List<EvalCase> cases, String action, CaseState to, LocalDate on, String note, String user) {
        if (cases.isEmpty()) {
            return;
        }
        template.batchUpdate("UPDATE eval_case SET state = ?, row_version = row_version + 1 WHERE id = ?",
                cases.stream().map(c -> new Object[]{to.name(), c.id()}).toList());
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        template.batchUpdate("INSERT INTO eval_transition (case_id, action, from_state, to_state, on_date, note, username, acted_at) VALUES (?,?,?,?,?,?,?,?)",
                cases.stream().map(c -> new Object[]{c.id(), action, c.state().name(), to.name(), Date.valueOf(on), note, user, now}).toList());
    }

    public void updateVerdicts(Map<Long, OverallVerdict> verdicts, Map<Long, String> failing) {
        updateVerdicts(verdicts, failing, verdicts.keySet());
    }

    /**
     * Stores the overall verdicts that changed and marks every case of the run as evaluated now (one
     * statement per thousand cases: a re-run of a province changes few verdicts).
     */
    public void updateVerdicts(Map<Long, OverallVerdict> changed, Map<Long, String> failing, Collection<Long> evaluated) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        template.batchUpdate("UPDATE eval_case SET verdict = ?, failing = ? WHERE id = ?",
                changed.entrySet().stream().map(e -> new Object[]{e.getValue().name(), failing.get(e.getKey()), e.getKey()}).toList());
        for (List<Long> chunk : TargetFinder.chunks(new ArrayList<>(evaluated))) {
            jdbc.sql("UPDATE eval_case SET evaluated_at = :now WHERE id IN (:ids)").param("now", now).param("ids", chunk).update();
        }
    }

    public record Transition(String action, CaseState from, CaseState to, LocalDate on, String note, String username, LocalDateTime at) {
    }

    public List<Transition> history(long caseId) {
        return jdbc.sql("SELECT action, from_state, to_state, on_date, note, username, acted_at FROM eval_transition WHERE case_id = :c ORDER BY acted_at, id")
                .param("c", caseId)
                .query((rs, i) -> new Transition(rs.getString(1), CaseState.valueOf(rs.getString(2)), CaseState.valueOf(rs.getString(3)),
                        rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toLocalDateTime()))
                .list();
    }
}
