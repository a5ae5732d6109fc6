package vn.xomantoan.evaluation.domain;

import java.time.LocalDateTime;

/** An evaluation run followed by its progress: phase, percent done and, once done, the verdict counts. */
public record RunJob(long id, String unitCode, String unitName, int year, String username, String status, String phase,
                     int percent, int units, int met, int notMet, int incomplete, Long millis, String failure,
                     LocalDateTime createdAt, LocalDateTime finishedAt) {

    public boolean finished() {
        return "DONE".equals(status) || "FAILED".equals(status);
    }
}
