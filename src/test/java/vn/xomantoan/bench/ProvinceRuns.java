package vn.xomantoan.bench;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.xomantoan.evaluation.domain.EvaluationService;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.List;

/** The yearly evaluation of whole provinces, one run per province as the evaluation jobs do. */
public final class ProvinceRuns {

    private ProvinceRuns() {
    }

    /** The provinces valid on the day: all of them, or only the one with code {@code only} (when not null). */
    public static List<UnitView> provinces(JdbcClient jdbc, UnitCatalog units, LocalDate day, String only) {
        return jdbc.sql("""
                        SELECT DISTINCT code FROM org_unit WHERE level = 'PROVINCE' AND valid_from <= :d
                          AND (valid_to IS NULL OR valid_to >= :d) ORDER BY code""")
                .param("d", day).query(String.class).list().stream()
                .filter(code -> only == null || only.equals(code))
                .map(code -> units.validOn(code, day, UnitScope.EVERYTHING).orElseThrow())
                .toList();
    }

    /** Evaluates every unit of the provinces for the year; returns how many units were evaluated. */
    public static int evaluate(EvaluationService evaluation, List<UnitView> provinces, int year) {
        int n = 0;
        for (UnitView province : provinces) {
            n += evaluation.run(province, year, UnitScope.EVERYTHING).evaluations().size();
        }
        return n;
    }
}
