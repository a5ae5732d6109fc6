package vn.xomantoan.units.web;

import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;

final class DateParams {

    private DateParams() {
    }

    /** The "as of" date of a request; today when absent. */
    static LocalDate asOf(String text) {
        try {
            return WebDates.parse(text, LocalDate.now());
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of("asOf", "error.badDate", text);
        }
    }
}
