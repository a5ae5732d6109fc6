package vn.xomantoan.shared.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the background jobs of this node alive in the shared database and fails those of a node that
 * stopped. A job is held from the moment it is queued until it ends; every
 * {@code xomantoan.jobs.heartbeat-seconds} each node writes {@code heartbeat_at} on the jobs it holds,
 * then marks as failed every queued or running job, whoever started it, whose last heartbeat (or
 * creation) is older than {@code xomantoan.jobs.stale-after-seconds}. Both are single statements, so
 * every node may run them; the user sees the job fail with its usual message and can start it again
 * instead of watching a progress bar that never moves.
 */
@Component
public class JobLeases {

    private static final Logger log = LoggerFactory.getLogger(JobLeases.class);

    private final JdbcClient jdbc;
    private final List<LeasedJobs> tables;
    private final Duration staleAfter;
    private final Map<String, Set<Long>> held = new ConcurrentHashMap<>();

    JobLeases(JdbcClient jdbc, List<LeasedJobs> tables,
              @Value("${xomantoan.jobs.stale-after-seconds:180}") long staleAfterSeconds) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.staleAfter = Duration.ofSeconds(staleAfterSeconds);
    }

    /** The job was queued on this node: keep it alive until {@link #release}. */
    public void hold(LeasedJobs jobs, long id) {
        held.computeIfAbsent(jobs.table(), t -> ConcurrentHashMap.newKeySet()).add(id);
    }

    /** Holds the job now and returns its work, which releases it when it ends (however it ends). */
    public Runnable keepAlive(LeasedJobs jobs, long id, Runnable work) {
        hold(jobs, id);
        return () -> {
            try {
                work.run();
            } finally {
                release(jobs, id);
            }
        };
    }

    public void release(LeasedJobs jobs, long id) {
        Set<Long> ids = held.get(jobs.table());
        if (ids != null) {
            ids.remove(id);
        }
    }

    @Scheduled(fixedDelayString = "${xomantoan.jobs.heartbeat-seconds:30}", initialDelayString = "${xomantoan.jobs.heartbeat-seconds:30}",
            timeUnit = TimeUnit.SECONDS)
    void tick() {
        try {
            beat();
            reap();
        } catch (RuntimeException e) {
            log.warn("Job heartbeat failed: {}", e.getMessage());
        }
    }

    /** Writes this node's heartbeat on the jobs it holds. */
    public void beat() {
        LocalDateTime now = LocalDateTime.now();
        for (LeasedJobs jobs : tables) {
            List<Long> ids = List.copyOf(held.getOrDefault(jobs.table(), Set.of()));
            if (!ids.isEmpty()) {
                jdbc.sql("UPDATE " + jobs.table() + " SET heartbeat_at = :now WHERE id IN (:ids)")
                        .param("now", now).param("ids", ids).update();
            }
        }
    }

    /** Fails the unfinished jobs nobody has kept alive lately (not those this node holds); returns how many. */
    public int reap() {
        LocalDateTime now = LocalDateTime.now();
        int reaped = 0;
        for (LeasedJobs jobs : tables) {
            List<Long> mine = List.copyOf(held.getOrDefault(jobs.table(), Set.of()));
            JdbcClient.StatementSpec update = jdbc.sql("UPDATE " + jobs.table() + " SET " + jobs.abandonedAssignments()
                            + ", finished_at = :now WHERE status IN ('QUEUED', 'RUNNING') AND COALESCE(heartbeat_at, created_at) < :limit"
                            + (mine.isEmpty() ? "" : " AND id NOT IN (:mine)"))
                    .param("now", now).param("limit", now.minus(staleAfter));
            int n = (mine.isEmpty() ? update : update.param("mine", mine)).update();
            if (n > 0) {
                log.warn("{} job(s) in {} had no heartbeat for {} s: marked as failed", n, jobs.table(), staleAfter.toSeconds());
            }
            reaped += n;
        }
        return reaped;
    }
}
