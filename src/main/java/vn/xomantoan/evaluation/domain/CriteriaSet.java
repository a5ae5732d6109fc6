package vn.xomantoan.evaluation.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * One legal basis for one kind of unit, over a range of years, with its calendar: the evaluation
 * window runs from {@code windowFrom} of year N-1 to {@code windowTo} of year N; registration is due
 * by {@code registerBy} and the decision by {@code decideBy} of year N.
 */
public record CriteriaSet(String code, String legalBasis, UnitKind kind, int yearFrom, Integer yearTo,
                          String titleVi, String titleEn, MonthDay windowFrom, MonthDay windowTo,
                          MonthDay registerBy, MonthDay decideBy) {

    public boolean appliesTo(int year) {
        return year >= yearFrom && (yearTo == null || year <= yearTo);
    }

    public LocalDate windowStart(int year) {
        return windowFrom.atYear(year - 1);
    }

    public LocalDate windowEnd(int year) {
        return windowTo.atYear(year);
    }

    public LocalDate registrationDeadline(int year) {
        return registerBy.atYear(year);
    }

    public LocalDate decisionDeadline(int year) {
        return decideBy.atYear(year);
    }

    /** Circular 23 speaks of households signing a commitment, Circular 124 of registering to take part. */
    public boolean commitmentWording() {
        return legalBasis.startsWith("TT23");
    }
}
