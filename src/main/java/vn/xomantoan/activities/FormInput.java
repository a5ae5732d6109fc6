package vn.xomantoan.activities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user typed in a ledger form: text values by field name (rows as {@code field[i].column})
 * and uploaded files. Numbers were checked as numbers before a spec sees them.
 */
public record FormInput(Map<String, String> values, Map<String, Upload> files) {

    public record Upload(String fileName, byte[] bytes) {
    }

    public FormInput {
        values = values == null ? Map.of() : Map.copyOf(values);
        files = files == null ? Map.of() : Map.copyOf(files);
    }

    public String text(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public Long number(String name) {
        return parse(values.get(name));
    }

    public Integer integer(String name) {
        Long n = number(name);
        return n == null ? null : n.intValue();
    }

    /** A list typed in one box, separated by commas, semicolons or new lines. */
    public List<String> list(String name) {
        String v = text(name);
        return v == null ? List.of() : Arrays.stream(v.split("[,;\\n]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The non-empty rows of a ROWS field, in order, each as column to value. */
    public List<Map<String, String>> rows(String name) {
        Map<Integer, Map<String, String>> byIndex = new java.util.TreeMap<>();
        String prefix = name + "[";
        values.forEach((key, value) -> {
            if (key.startsWith(prefix) && key.indexOf("].", prefix.length()) > 0) {
                int end = key.indexOf("].", prefix.length());
                try {
                    int i = Integer.parseInt(key.substring(prefix.length(), end));
                    byIndex.computeIfAbsent(i, k -> new LinkedHashMap<>()).put(key.substring(end + 2), value == null ? "" : value.trim());
                } catch (NumberFormatException ignored) {
                    // not one of ours
                }
            }
        });
        List<Map<String, String>> rows = new ArrayList<>();
        byIndex.values().stream().filter(r -> r.values().stream().anyMatch(v -> !v.isBlank())).forEach(rows::add);
        return rows;
    }

    public Upload file(String name) {
        Upload u = files.get(name);
        return u == null || u.bytes() == null || u.bytes().length == 0 ? null : u;
    }

    /** A number as typed: digits with optional thousands dots, spaces or a trailing "đ"; null when blank. */
    public static Long parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Long.parseLong(text.trim().replaceAll("[.\\s]|đ$|VND$", ""));
    }

    /** True when the text is blank or a number {@link #parse} reads. */
    public static boolean isNumber(String text) {
        try {
            parse(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
