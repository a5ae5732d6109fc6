package vn.xomantoan.reporting.domain;

import java.time.LocalDateTime;

/** A generation job: its state, progress (0–100) and which files are ready. */
public record ReportJob(long id, long reportId, String username, String status, String phase, int progress,
                        LocalDateTime createdAt, LocalDateTime finishedAt, String failure, boolean hasDocx, boolean hasPdf,
                        boolean hasXlsx) {

    public boolean finished() {
        return "DONE".equals(status) || "FAILED".equals(status);
    }
}
