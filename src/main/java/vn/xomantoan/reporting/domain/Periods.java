package vn.xomantoan.reporting.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Period arithmetic: the previous period of the same length (whole months when the period is whole months). */
public final class Periods {

    private Periods() {
    }

    public static boolean wholeMonths(LocalDate from, LocalDate to) {
        return from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1;
    }

    public static LocalDate[] previous(LocalDate from, LocalDate to) {
        if (wholeMonths(from, to)) {
            long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            LocalDate pFrom = from.minusMonths(months);
            return new LocalDate[]{pFrom, from.minusDays(1)};
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new LocalDate[]{from.minusDays(days), from.minusDays(1)};
    }
}
