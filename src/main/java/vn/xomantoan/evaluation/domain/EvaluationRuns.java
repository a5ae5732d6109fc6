package vn.xomantoan.evaluation.domain;

import vn.xomantoan.shared.jobs.JobLeases;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import vn.xomantoan.evaluation.jdbc.RunJobStore;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.CurrentUser;
import vn.xomantoan.identity.Role;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.BackgroundWorkers;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.units.UnitView;

import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Evaluation runs as jobs. The request is checked at once (role, scope, unit and year), so a bad
 * request is answered with its error and no job; the run itself goes to a worker thread carrying the
 * user's identity, and its phases are written to the job row for the progress bar. Up to
 * {@code xomantoan.evaluation.parallel-runs} runs (2 by default) execute at once, but never two over
 * the same units ({@link RunningSubtrees}): the provinces of the country can be evaluated side by side,
 * while a commune's run waits for its province's.
 */
@Service
public class EvaluationRuns {

    private static final Logger log = LoggerFactory.getLogger(EvaluationRuns.class);

    private final AccessScope access;
    private final EvaluationService evaluation;
    private final RunJobStore jobs;
    private final ExecutorService worker;
    private final RunningSubtrees running = new RunningSubtrees();
    private final JobLeases leases;

    EvaluationRuns(AccessScope access, EvaluationService evaluation, RunJobStore jobs, JobLeases leases,
                   @Value("${xomantoan.evaluation.parallel-runs:2}") int parallelRuns) {
        this.leases = leases;
        this.access = access;
        this.evaluation = evaluation;
        this.jobs = jobs;
        this.worker = BackgroundWorkers.of("evaluation-run", Math.max(1, parallelRuns));
    }

    /**
     * Starts a run of the unit and everything under it. With {@code inCallerThread} the run happens
     * before this returns, inside the caller's transaction if there is one (API clients that want
     * the verdicts in the answer); otherwise it is queued and the job is returned at once.
     */
    public RunJob start(String unitCode, Integer year, boolean inCallerThread) {
        if (year == null) {
            throw ValidationFailure.of("year", "eval.error.yearRequired");
        }
        Role role = access.role().orElseThrow(Forbidden::new);
        UnitScope scope = access.current();
        UnitView root = evaluation.unitFor(unitCode, year, scope);
        if (role.readOnly()) {
            throw new Forbidden();
        }
        String username = access.user().map(CurrentUser::getUsername).orElse("system");
        long id = jobs.create(root.code(), root.name(), year, username);
        Runnable run = leases.keepAlive(jobs, id, () -> execute(id, root, year, scope));
        if (inCallerThread) {
            run.run();
        } else {
            worker.execute(new DelegatingSecurityContextRunnable(run));
        }
        return job(id);
    }

    private void execute(long id, UnitView root, int year, UnitScope scope) {
        try {
            running.enter(root.path());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jobs.failed(id, "eval.error.stopped");
            return;
        }
        try {
            EvaluationService.RunReport report = evaluation.run(root, year, scope, (phase, percent, units) -> jobs.progress(id, phase, percent, units));
            Map<OverallVerdict, Long> counts = report.counts();
            jobs.done(id, report.evaluations().size(), counts.getOrDefault(OverallVerdict.MET, 0L).intValue(),
                    counts.getOrDefault(OverallVerdict.NOT_MET, 0L).intValue(),
                    counts.getOrDefault(OverallVerdict.INCOMPLETE, 0L).intValue(), report.millis());
        } catch (ValidationFailure e) {
            jobs.failed(id, "eval.error.nothingToEvaluate");
        } catch (RuntimeException e) {
            log.error("Evaluation run {} failed", id, e);
            jobs.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            running.leave(root.path());
        }
    }

    /** The job, if the current user may see it (their own runs; an administrator sees all). */
    public RunJob job(long id) {
        RunJob job = jobs.find(id).orElseThrow(NotFound::new);
        String me = access.user().map(CurrentUser::getUsername).orElse("");
        if (!me.equals(job.username()) && !access.hasRole(Role.ADMIN)) {
            throw new NotFound();
        }
        return job;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
