package vn.xomantoan.activities;

import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects every broken rule of a request so the user sees them all at once, then throws. */
public final class Checks {

    private final List<ValidationFailure.Problem> problems = new ArrayList<>();
    private final WriteAccess access;

    public Checks(WriteAccess access) {
        this.access = access;
    }

    public void add(String field, String key, Object... args) {
        problems.add(new ValidationFailure.Problem(field, key, args));
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> field.equals(p.field()));
    }

    public String text(String field, String value, int max) {
        String clean = VietnameseText.clean(value);
        if (clean == null || clean.isEmpty()) {
            add(field, "ledger.error.required");
            return null;
        }
        if (clean.length() > max) {
            add(field, "ledger.error.tooLong", max);
        }
        return clean;
    }

    public String optionalText(String field, String value, int max) {
        String clean = VietnameseText.clean(value);
        if (clean == null || clean.isEmpty()) {
            return null;
        }
        if (clean.length() > max) {
            add(field, "ledger.error.tooLong", max);
        }
        return clean;
    }

    /** A date not in the future; null (with a problem) when missing or unreadable. */
    public LocalDate date(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                add(field, "ledger.error.dateRequired");
            }
            return null;
        }
        try {
            LocalDate d = WebDates.parse(text, null);
            if (d.isAfter(LocalDate.now())) {
                add(field, "ledger.error.future", WebDates.format(d));
            }
            return d;
        } catch (IllegalArgumentException e) {
            add(field, "error.badDate", text);
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "ledger.error.chooseOne");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            add(field, "ledger.error.unknownValue", value);
            return null;
        }
    }

    public long count(String field, Long value, boolean positive) {
        if (value == null) {
            if (positive) {
                add(field, "ledger.error.required");
            }
            return 0;
        }
        if (value < 0 || (positive && value == 0)) {
            add(field, positive ? "ledger.error.positive" : "ledger.error.negative");
        }
        return value;
    }

    /** The unit with this code on the date (inside the scope, or NotFound is thrown). */
    public UnitView unit(String field, String code, LocalDate date, boolean required) {
        if (code == null || code.isBlank()) {
            if (required) {
                add(field, "ledger.error.unitRequired");
            }
            return null;
        }
        if (date == null) {
            return null;
        }
        Optional<UnitView> unit = access.unitOn(code, date);
        if (unit.isEmpty()) {
            add(field, "ledger.error.unitNotOnDate", code.trim(), WebDates.format(date));
            return null;
        }
        return unit.get();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
    }

    public List<ValidationFailure.Problem> problems() {
        return List.copyOf(problems);
    }
}
