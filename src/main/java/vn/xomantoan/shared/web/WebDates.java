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
        try {
            return t.contains("/") ? LocalDate.parse(t, VIETNAMESE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid date: " + t, e);
        }
    }

    public static String format(LocalDate date) {
        return date == null ? "" : VIETNAMESE.format(date);
    }
}
