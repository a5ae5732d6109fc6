package vn.xomantoan.evaluation.domain;

/** Yearly grading of a unit's movement (xếp loại phong trào), best first. */
public enum MovementGrade {
    EXCELLENT, GOOD, AVERAGE, WEAK
}
