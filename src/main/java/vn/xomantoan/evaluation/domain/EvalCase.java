package vn.xomantoan.evaluation.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A recognition case: one unit × one year. */
public record EvalCase(long id, String unitCode, long unitVersionId, String unitName, UnitKind kind, String communeCode,
                       int year, String setCode, CaseState state, OverallVerdict verdict, String outcome, String failing,
                       LocalDate registeredOn, LocalDate selfReviewedOn, LocalDate submittedOn, LocalDate appraisalOn,
                       LocalDate decidedOn, Long decisionId, String certificateNo, LocalDateTime evaluatedAt, long rowVersion) {

    public boolean recognised() {
        return "RECOGNISED".equals(outcome);
    }

    public List<String> failingCodes() {
        return failing == null || failing.isBlank() ? List.of() : List.of(failing.split(","));
    }
}
