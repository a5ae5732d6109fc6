package vn.xomantoan.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates from forms and URLs: ISO (yyyy-MM-dd) or Vietnamese (dd/MM/yyyy). */
public final class WebDates {

    public static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private WebDates() {
    }

    /** The date, or {@code fallback} when blank; throws IllegalArgumentException when unreadable. */
    public static LocalDate parse(String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String t = text.trim();
        LocalDate iso = plainIso(t);
        if (iso != null) {
            return iso;
        }
        try {
            return t.contains("/") ? LocalDate.parse(t, VIETNAMESE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid date: " + t, e);
        }
    }

    /**
     * A valid date written exactly yyyy-MM-dd, read without the formatter (imports read hundreds of
     * thousands of them); null for anything else, which the formatter then reads or rejects.
     */
    private static LocalDate plainIso(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    public static String format(LocalDate date) {
        return date == null ? "" : VIETNAMESE.format(date);
    }
}
