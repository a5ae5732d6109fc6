package vn.xomantoan.shared.jobs;

/**
 * A table of background jobs kept alive by {@link JobLeases}: it has {@code status} ('QUEUED',
 * 'RUNNING', ...), {@code created_at}, {@code finished_at} and {@code heartbeat_at}.
 */
public interface LeasedJobs {

    String table();

    /** The SQL assignments that mark a job as failed because its node stopped (fixed text of the module, never user input). */
    String abandonedAssignments();
}
