package vn.xomantoan.activities;

import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the string values of a form from stored data: dates as dd/MM/yyyy, numbers plain, rows as {@code field[i].column}. */
public final class FormValues {

    private final Map<String, String> values = new LinkedHashMap<>();

    public FormValues put(String name, Object value) {
        if (value == null) {
            return this;
        }
        if (value instanceof LocalDate d) {
            values.put(name, WebDates.format(d));
        } else if (value instanceof java.sql.Date d) {
            values.put(name, WebDates.format(d.toLocalDate()));
        } else {
            values.put(name, value.toString());
        }
        return this;
    }

    public FormValues row(String field, int index, Map<String, ?> columns) {
        columns.forEach((c, v) -> put(field + "[" + index + "]." + c, v));
        return this;
    }

    public FormValues rows(String field, List<? extends Map<String, ?>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            row(field, i, rows.get(i));
        }
        return this;
    }

    public Map<String, String> map() {
        return values;
    }

    /** Today's date and the user's home unit code: what most new records start with. */
    public static Map<String, String> todayAt(WriteAccess access, String dateField) {
        FormValues v = new FormValues().put(dateField, LocalDate.now());
        access.home().ifPresent(u -> v.put("unit", u.code()));
        return v.map();
    }
}
