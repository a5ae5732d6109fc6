package vn.xomantoan.activities;

import java.util.List;

/**
 * One field of a ledger form, as the shared form page renders it: an input of some kind with its
 * label, whether it is required, its choices (enum names shown through {@code optionPrefix + name}),
 * a help text, and for a ROWS field the columns of each row (named {@code field[i].column}).
 */
public record FormField(String name, String labelKey, Input input, boolean required, String optionPrefix,
                        List<String> options, String helpKey, List<FormField> columns) {

    public enum Input { TEXT, TEXTAREA, DATE, NUMBER, MONEY, CHOICE, UNIT, URL, FILE, ROWS, HIDDEN }

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public static FormField text(String name, String labelKey) {
        return new FormField(name, labelKey, Input.TEXT, true, null, null, null, null);
    }

    public static FormField textarea(String name, String labelKey) {
        return new FormField(name, labelKey, Input.TEXTAREA, false, null, null, null, null);
    }

    public static FormField date(String name, String labelKey) {
        return new FormField(name, labelKey, Input.DATE, true, null, null, null, null);
    }

    public static FormField number(String name, String labelKey) {
        return new FormField(name, labelKey, Input.NUMBER, true, null, null, null, null);
    }

    public static FormField money(String name, String labelKey) {
        return new FormField(name, labelKey, Input.MONEY, true, null, null, null, null);
    }

    public static FormField choice(String name, String labelKey, String optionPrefix, List<String> options) {
        return new FormField(name, labelKey, Input.CHOICE, true, optionPrefix, options, null, null);
    }

    public static FormField unit(String name, String labelKey) {
        return new FormField(name, labelKey, Input.UNIT, true, null, null, "ledger.form.unitHelp", null);
    }

    public static FormField url(String name, String labelKey) {
        return new FormField(name, labelKey, Input.URL, false, null, null, null, null);
    }

    public static FormField file(String name, String labelKey) {
        return new FormField(name, labelKey, Input.FILE, false, null, null, "attachment.help", null);
    }

    /** A value kept from the stored record that the form does not show (a link id). */
    public static FormField hidden(String name) {
        return new FormField(name, null, Input.HIDDEN, false, null, null, null, null);
    }

    public static FormField rows(String name, String labelKey, FormField... columns) {
        return new FormField(name, labelKey, Input.ROWS, false, null, null, null, List.of(columns));
    }

    public FormField optional() {
        return new FormField(name, labelKey, input, false, optionPrefix, options, helpKey, columns);
    }

    public FormField help(String key) {
        return new FormField(name, labelKey, input, required, optionPrefix, options, key, columns);
    }

    public boolean numeric() {
        return input == Input.NUMBER || input == Input.MONEY || input == Input.HIDDEN;
    }

    public boolean wide() {
        return input == Input.TEXTAREA || input == Input.ROWS || input == Input.FILE || (input == Input.TEXT && !required);
    }
}
