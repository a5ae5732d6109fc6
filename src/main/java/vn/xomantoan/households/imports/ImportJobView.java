package vn.xomantoan.households.imports;

import java.time.LocalDateTime;

/** The state of an import job as the progress page and the API show it. */
public record ImportJobView(long id, String kind, String username, String fileName, ImportMode mode, String status,
                            String phase, int totalRows, int processedRows, int storedRows, int errorRows,
                            LocalDateTime createdAt, LocalDateTime finishedAt, String failure) {

    public boolean finished() {
        return finishedAt != null;
    }

    public boolean rejected() {
        return "REJECTED".equals(status);
    }

    /** 0–100: reading counts for 60 %, checking for 20 %, storing for the rest. */
    public int percent() {
        if (finished()) {
            return 100;
        }
        return switch (phase) {
            case "READING" -> totalRows <= 0 ? 5 : (int) Math.min(60, 60L * processedRows / totalRows);
            case "CHECKING" -> 70;
            case "STORING" -> 85;
            default -> 0;
        };
    }
}
