package vn.xomantoan.evaluation.domain;

import java.util.List;
import java.util.Map;

/** A case evaluated: the automatic outcomes, the final verdict of each criterion (answers applied) and overall. */
public record CaseEvaluation(EvalCase evalCase, Target target, List<Criterion> criteria, List<Outcome> outcomes,
                             Map<String, Verdict> finals, OverallVerdict overall) {

    public String failing() {
        return String.join(",", finals.entrySet().stream().filter(e -> e.getValue() == Verdict.NOT_MET).map(Map.Entry::getKey).toList());
    }
}
