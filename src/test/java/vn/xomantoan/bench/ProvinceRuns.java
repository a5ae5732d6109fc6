package vn.xomantoan.bench;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.xomantoan.evaluation.domain.EvaluationRuns;
import vn.xomantoan.evaluation.domain.RunJob;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The yearly evaluation of whole provinces as an administrator starts it: one evaluation job per
 * province, queued at once, run by the application's evaluation workers (several provinces side by
 * side), followed until every job is done.
 */
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

    /** Signs the current thread in as the nationwide administrator of the demo data. */
    public static void asAdministrator(UserDetailsService users) {
        UserDetails admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    /**
     * Evaluates every unit of the provinces for the year, one job per province, and waits for all of
     * them; returns how many units were evaluated. Fails when a job fails.
     */
    public static int evaluate(EvaluationRuns runs, List<UnitView> provinces, int year) {
        List<Long> jobs = provinces.stream().map(p -> runs.start(p.code(), year, false).id()).toList();
        int units = 0;
        for (long id : jobs) {
            // Polled in this thread: it carries the administrator who may follow the jobs.
            RunJob job = Awaitility.await().pollInSameThread().atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(20))
                    .until(() -> runs.job(id), RunJob::finished);
            if (!"DONE".equals(job.status())) {
                throw new IllegalStateException("evaluation of " + job.unitCode() + " failed: " + job.failure());
            }
            units += job.units();
        }
        return units;
    }
}
