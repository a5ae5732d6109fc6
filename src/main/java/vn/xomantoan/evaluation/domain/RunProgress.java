package vn.xomantoan.evaluation.domain;

/** Told of each phase of a run: the phase, how far the run is (0–100) and the number of units once known. */
@FunctionalInterface
public interface RunProgress {

    RunProgress NONE = (phase, percent, units) -> {
    };

    void reached(String phase, int percent, int units);
}
