package vn.xomantoan.incidents.web;

import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;

final class WebParams {

    private WebParams() {
    }

    static LocalDate date(String field, String text, LocalDate fallback) {
        try {
            return WebDates.parse(text, fallback);
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of(field, "error.badDate", text);
        }
    }
}
