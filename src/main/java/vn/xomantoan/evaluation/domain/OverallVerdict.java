package vn.xomantoan.evaluation.domain;

import java.util.Collection;

/** A unit meets the standard only when it meets every criterion (or the criterion does not apply). */
public enum OverallVerdict {
    MET, NOT_MET, INCOMPLETE;

    public static OverallVerdict of(Collection<Verdict> verdicts) {
        if (verdicts.contains(Verdict.NOT_MET)) {
            return NOT_MET;
        }
        return verdicts.stream().allMatch(Verdict::decided) ? MET : INCOMPLETE;
    }
}
