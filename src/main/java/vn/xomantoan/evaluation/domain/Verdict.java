package vn.xomantoan.evaluation.domain;

/** The verdict on one criterion. */
public enum Verdict {
    MET, NOT_MET, NOT_APPLICABLE,
    /** The data the rule needs is not available: a person must decide it in the case. */
    MISSING_DATA,
    /** A human criterion not answered yet. */
    PENDING;

    public boolean decided() {
        return this == MET || this == NOT_MET || this == NOT_APPLICABLE;
    }

    /** Colour class of the board: green, red or grey. */
    public String tone() {
        return switch (this) {
            case MET -> "met";
            case NOT_MET -> "not-met";
            default -> "open";
        };
    }
}
