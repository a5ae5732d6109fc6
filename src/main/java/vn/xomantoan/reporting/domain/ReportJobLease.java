package vn.xomantoan.reporting.domain;

import org.springframework.stereotype.Component;
import vn.xomantoan.shared.jobs.LeasedJobs;

/** The report job table, kept alive by the job heartbeat while a generation runs on its node. */
@Component
class ReportJobLease implements LeasedJobs {

    @Override
    public String table() {
        return "report_job";
    }

    @Override
    public String abandonedAssignments() {
        return "status = 'FAILED', phase = 'FAILED', failure = 'The node generating the report stopped before it finished'";
    }
}
