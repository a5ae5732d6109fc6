package vn.xomantoan.evaluation;

import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;

/**
 * Dates of this year's workflow steps that are never in the future, whatever day the tests run:
 * the meeting of 05/11 is held today when the suite runs before November. The order of steps is kept.
 */
final class TestDates {

    static final int YEAR = LocalDate.now().getYear();

    private TestDates() {
    }

    static LocalDate past(int month, int day) {
        LocalDate wanted = LocalDate.of(YEAR, month, day);
        LocalDate today = LocalDate.now();
        return wanted.isAfter(today) ? today : wanted;
    }

    static String pastText(int month, int day) {
        return WebDates.format(past(month, day));
    }
}
