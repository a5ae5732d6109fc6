package vn.xomantoan.honours;

/** Yearly effectiveness rating of a model. */
public enum ModelRating {
    EXCELLENT, GOOD, AVERAGE, WEAK
}
