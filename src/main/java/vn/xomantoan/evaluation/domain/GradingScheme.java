package vn.xomantoan.evaluation.domain;

/** A province's points scheme for the movement grading: the lowest points of each grade. */
public record GradingScheme(int maxPoints, int excellentMin, int goodMin, int averageMin, String note) {

    public MovementGrade gradeOf(int points) {
        if (points >= excellentMin) {
            return MovementGrade.EXCELLENT;
        }
        if (points >= goodMin) {
            return MovementGrade.GOOD;
        }
        return points >= averageMin ? MovementGrade.AVERAGE : MovementGrade.WEAK;
    }
}
