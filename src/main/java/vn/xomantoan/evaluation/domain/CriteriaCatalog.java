package vn.xomantoan.evaluation.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.shared.ValidationFailure;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The criteria sets and criteria as stored, with a province's own criteria and parameter values. */
@Component
public class CriteriaCatalog {

    private final JdbcClient jdbc;

    CriteriaCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CriteriaSet> sets() {
        return jdbc.sql("SELECT * FROM eval_criteria_set ORDER BY year_from, unit_kind")
                .query((rs, i) -> new CriteriaSet(rs.getString("code"), rs.getString("legal_basis"),
                        UnitKind.valueOf(rs.getString("unit_kind")), rs.getInt("year_from"),
                        (Integer) rs.getObject("year_to", Integer.class), rs.getString("title_vi"), rs.getString("title_en"),
                        monthDay(rs.getString("window_from")), monthDay(rs.getString("window_to")),
                        monthDay(rs.getString("register_by")), monthDay(rs.getString("decide_by"))))
                .list();
    }

    public CriteriaSet set(String code) {
        return sets().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    /** The set in force for the kind of unit in the evaluation year. */
    public CriteriaSet setFor(UnitKind kind, int year) {
        return setFor(kind, year, sets());
    }

    public static CriteriaSet setFor(UnitKind kind, int year, List<CriteriaSet> sets) {
        return sets.stream().filter(s -> s.kind() == kind && s.appliesTo(year)).findFirst()
                .orElseThrow(() -> ValidationFailure.of("year", "eval.error.noCriteriaSet", year));
    }

    /** National criteria plus the province's own, with the province's parameter values applied. */
    public List<Criterion> criteria(String setCode, String provinceCode) {
        List<Criterion> list = new ArrayList<>(jdbc.sql("""
                        SELECT * FROM eval_criterion WHERE set_code = :set AND (province_code IS NULL OR province_code = :province)
                        ORDER BY position, code""")
                .param("set", setCode).param("province", provinceCode == null ? "" : provinceCode)
                .query((rs, i) -> new Criterion(rs.getString("set_code"), rs.getString("code"), rs.getInt("position"),
                        Mode.valueOf(rs.getString("mode")), rs.getString("rule"), Params.parse(rs.getString("params")),
                        rs.getString("text_vi"), rs.getString("text_en"), rs.getString("note"), rs.getString("province_code")))
                .list());
        if (provinceCode == null) {
            return list;
        }
        Map<String, Map<String, String>> overrides = new HashMap<>();
        jdbc.sql("SELECT criterion_code, param_key, param_value FROM eval_parameter WHERE province_code = :p AND set_code = :s")
                .param("p", provinceCode).param("s", setCode)
                .query(rs -> {
                    overrides.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        return list.stream().map(c -> {
            Map<String, String> o = overrides.get(c.code());
            if (o == null) {
                return c;
            }
            Params p = c.params();
            for (Map.Entry<String, String> e : o.entrySet()) {
                p = p.with(e.getKey(), e.getValue());
            }
            return c.withParams(p);
        }).toList();
    }

    private static MonthDay monthDay(String mmdd) {
        return MonthDay.parse("--" + mmdd);
    }
}
