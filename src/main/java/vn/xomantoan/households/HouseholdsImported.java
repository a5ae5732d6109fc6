package vn.xomantoan.households;

/** An import job stored households; they carry the job's id. */
public record HouseholdsImported(long jobId, int stored) {
}
