package vn.xomantoan.hotspots.domain;

import java.time.LocalDate;

/** The pieces of a hot spot's file: covered units, plan measures, progress updates with their figures. */
public final class HotspotParts {

    private HotspotParts() {
    }

    public record CoveredUnit(long unitId, String unitCode, String name, String level) {
    }

    public record Measure(long id, String measure, String responsible, LocalDate deadline, boolean done) {
    }

    public record Progress(long id, LocalDate reportedOn, String assessment, String note) {
    }

    /** Incidents inside the covered units in the twelve months before designation and up to a date. */
    public record Figures(LocalDate beforeFrom, LocalDate beforeTo, long before, LocalDate afterFrom, LocalDate afterTo, long after) {
        public long change() {
            return after - before;
        }
    }

    public record ProgressWithFigures(Progress progress, Figures figures) {
    }
}
