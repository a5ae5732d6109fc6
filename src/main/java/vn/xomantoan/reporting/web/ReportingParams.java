package vn.xomantoan.reporting.web;

import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;

/** Dates typed in URLs and forms (ISO or dd/MM/yyyy); the period defaults to the current year. */
final class ReportingParams {

    private ReportingParams() {
    }

    static LocalDate date(String field, String text, LocalDate fallback) {
        try {
            return WebDates.parse(text, fallback);
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of(field, "error.badDate", text);
        }
    }

    static LocalDate from(String text) {
        return date("from", text, LocalDate.now().withDayOfYear(1));
    }

    static LocalDate to(String text) {
        LocalDate now = LocalDate.now();
        return date("to", text, LocalDate.of(now.getYear(), 12, 31));
    }

    static LocalDate asOf(String text) {
        return date("asOf", text, null);
    }
}
