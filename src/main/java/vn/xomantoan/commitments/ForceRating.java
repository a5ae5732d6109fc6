package vn.xomantoan.commitments;

/** Rating of a unit's security force for the year, worst first (hoàn thành nhiệm vụ, hoàn thành tốt, xuất sắc). */
public enum ForceRating {
    NOT_COMPLETED, COMPLETED, GOOD, EXCELLENT
}
