package vn.xomantoan.evaluation.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.evaluation.FactRef;
import vn.xomantoan.evaluation.domain.Explanation;
import vn.xomantoan.evaluation.domain.Outcome;
import vn.xomantoan.evaluation.domain.Verdict;
import vn.xomantoan.shared.database.BulkLoader;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Automatic results and human answers of cases. */
@Component("evaluationResultStore")
public class ResultStore {

    private static final List<String> RESULT_COLUMNS = List.of("case_id", "criterion_code", "verdict", "explanation_key",
            "explanation_args", "refs", "computed_at");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BulkLoader bulk;

    ResultStore(JdbcClient jdbc, JdbcTemplate template, BulkLoader bulk) {
        this.jdbc = jdbc;
        this.template = template;
        this.bulk = bulk;
    }

    public record StoredResult(String criterionCode, Verdict verdict, List<Explanation> explanation, List<FactRef> refs,
                               LocalDateTime computedAt) {
    }

    public record Answer(long id, long caseId, String criterionCode, Verdict verdict, String note, String answeredBy,
                         LocalDateTime answeredAt, long rowVersion) {
    }

    /**
     * Makes the stored results of these cases the given ones. Only what differs is written: results
     * of criteria no longer evaluated are deleted, changed ones updated, new ones inserted, and a result
     * that came out the same again is left alone, so {@code computed_at} is the time its verdict or
     * explanation was last computed as it stands (the case's {@code evaluated_at} is the time of the
     * last run). A yearly re-run over a province mostly finds nothing to write.
     */
    public void replace(Map<Long, List<Outcome>> outcomes) {
        Map<Long, Map<String, Row>> stored = storedRows(outcomes.keySet());
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Long> deletes = new ArrayList<>();
        outcomes.forEach((caseId, list) -> {
            Map<String, Row> old = new HashMap<>(stored.getOrDefault(caseId, Map.of()));
            for (Outcome o : list) {
                Row fresh = Row.of(o);
                Row before = old.remove(o.criterionCode());
                if (before == null) {
                    inserts.add(new Object[]{caseId, o.criterionCode(), fresh.verdict(), fresh.key(), fresh.args(), fresh.refs(), now});
                } else if (!before.sameAs(fresh)) {
                    updates.add(new Object[]{fresh.verdict(), fresh.key(), fresh.args(), fresh.refs(), now, before.id()});
                }
            }
            old.values().forEach(r -> deletes.add(r.id()));
        });
        for (List<Long> chunk : TargetFinder.chunks(deletes)) {
            jdbc.sql("DELETE FROM eval_result WHERE id IN (:ids)").param("ids", chunk).update();
        }
        template.batchUpdate("""
                UPDATE eval_result SET verdict = ?, explanation_key = ?, explanation_args = ?, refs = ?, computed_at = ?
                WHERE id = ?""", updates);
        bulk.load("eval_result", RESULT_COLUMNS, inserts);
    }

    /** A result as stored: the columns a new evaluation may change. */
    private record Row(long id, String verdict, String key, String args, String refs) {
        static Row of(Outcome o) {
            return new Row(0, o.verdict().name(), o.explanation().isEmpty() ? "eval.x.none" : o.explanation().get(0).key(),
                    Explanation.encode(o.explanation()), truncate(Outcome.encodeRefs(o.refs()), 4000));
        }

        boolean sameAs(Row other) {
            return verdict.equals(other.verdict) && key.equals(other.key) && Objects.equals(blank(args), blank(other.args))
                    && Objects.equals(blank(refs), blank(other.refs));
        }

        private static String blank(String s) {
            return s == null ? "" : s;
        }
    }

    private Map<Long, Map<String, Row>> storedRows(Collection<Long> caseIds) {
        Map<Long, Map<String, Row>> rows = new HashMap<>();
        for (List<Long> chunk : TargetFinder.chunks(new ArrayList<>(caseIds))) {
            jdbc.sql("SELECT id, case_id, criterion_code, verdict, explanation_key, explanation_args, refs FROM eval_result WHERE case_id IN (:ids)")
                    .param("ids", chunk)
                    .query(rs -> {
                        rows.computeIfAbsent(rs.getLong(2), k -> new HashMap<>()).put(rs.getString(3),
                                new Row(rs.getLong(1), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                    });
        }
        return rows;
    }

    private static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf('\n', max);
        return s.substring(0, Math.max(0, cut));
    }

    public Map<String, StoredResult> results(long caseId) {
        return resultsFor(List.of(caseId)).getOrDefault(caseId, Map.of());
    }

    public Map<Long, Map<String, StoredResult>> resultsFor(Collection<Long> caseIds) {
        Map<Long, Map<String, StoredResult>> map = new HashMap<>();
        for (List<Long> chunk : TargetFinder.chunks(new ArrayList<>(caseIds))) {
            jdbc.sql("SELECT case_id, criterion_code, verdict, explanation_args, refs, computed_at FROM eval_result WHERE case_id IN (:ids)")
                    .param("ids", chunk)
                    .query(rs -> {
                        map.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), new StoredResult(
                                rs.getString(2), Verdict.valueOf(rs.getString(3)), Explanation.decode(rs.getString(4)),
                                Outcome.decodeRefs(rs.getString(5)), rs.getTimestamp(6).toLocalDateTime()));
                    });
        }
        return map;
    }

    public Map<Long, Map<String, Answer>> answersFor(Collection<Long> caseIds) {
        Map<Long, Map<String, Answer>> map = new HashMap<>();
        for (List<Long> chunk : TargetFinder.chunks(new ArrayList<>(caseIds))) {
            jdbc.sql("SELECT id, case_id, criterion_code, verdict, note, answered_by, answered_at, row_version FROM eval_answer WHERE case_id IN (:ids)")
                    .param("ids", chunk)
                    .query(rs -> {
                        Answer a = new Answer(rs.getLong(1), rs.getLong(2), rs.getString(3), Verdict.valueOf(rs.getString(4)),
                                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toLocalDateTime(), rs.getLong(8));
                        map.computeIfAbsent(a.caseId(), k -> new LinkedHashMap<>()).put(a.criterionCode(), a);
                    });
        }
        return map;
    }

    /** Only the verdicts people gave, by case and criterion (what an evaluation run needs of the answers). */
    public Map<Long, Map<String, Verdict>> answerVerdictsFor(Collection<Long> caseIds) {
        Map<Long, Map<String, Verdict>> map = new HashMap<>();
        for (List<Long> chunk : TargetFinder.chunks(new ArrayList<>(caseIds))) {
            jdbc.sql("SELECT case_id, criterion_code, verdict FROM eval_answer WHERE case_id IN (:ids)")
                    .param("ids", chunk)
                    .query(rs -> {
                        map.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), Verdict.valueOf(rs.getString(3)));
                    });
        }
        return map;
    }

    public Map<String, Answer> answers(long caseId) {
        return answersFor(List.of(caseId)).getOrDefault(caseId, Map.of());
    }

    public void insertAnswer(long caseId, String code, Verdict verdict, String note, String user) {
        jdbc.sql("""
                        INSERT INTO eval_answer (case_id, criterion_code, verdict, note, answered_by, answered_at)
                        VALUES (:c, :code, :v, :n, :u, :at)""")
                .param("c", caseId).param("code", code).param("v", verdict.name()).param("n", note).param("u", user)
                .param("at", LocalDateTime.now()).update();
    }

    public boolean updateAnswer(long id, long rowVersion, Verdict verdict, String note, String user) {
        return jdbc.sql("""
                        UPDATE eval_answer SET verdict = :v, note = :n, answered_by = :u, answered_at = :at, row_version = row_version + 1
                        WHERE id = :id AND row_version = :rv""")
                .param("v", verdict.name()).param("n", note).param("u", user).param("at", LocalDateTime.now())
                .param("id", id).param("rv", rowVersion).update() == 1;
    }

    /** Many answers at once (demo data, bulk entry). */
    public void insertAnswers(List<Object[]> rows) {
        template.batchUpdate("""
                INSERT INTO eval_answer (case_id, criterion_code, verdict, note, answered_by, answered_at)
                VALUES (?,?,?,?,?,?)""", rows);
    }
}
