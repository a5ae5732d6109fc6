package vn.xomantoan.evaluation.domain;

/** How a criterion is decided: from data, by people with evidence, or proposed from data and confirmed. */
public enum Mode {
    AUTO, HUMAN, HYBRID
}
