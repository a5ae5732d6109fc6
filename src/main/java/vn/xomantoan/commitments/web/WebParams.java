package vn.xomantoan.commitments.web;

import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;

/** Parsing of typed values; a bad one becomes a message next to its field. */
final class WebParams {

    private WebParams() {
    }

    static LocalDate date(String text, LocalDate fallback, String field) {
        try {
            return WebDates.parse(text, fallback);
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of(field, "error.badDate", text);
        }
    }

    static Integer integer(String text, String field, String messageKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw ValidationFailure.of(field, messageKey, text);
        }
    }
}
