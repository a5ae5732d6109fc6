package vn.xomantoan.evaluation.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parameters of a criterion ("key=value;key=value"), with typed readers and documented defaults. */
public final class Params {

    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Params parse(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text != null) {
            for (String pair : text.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }
        return new Params(map);
    }

    public Params with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new Params(copy);
    }

    /** The view a part of a combined rule sees: "PART.key" first, then "key". */
    public Params forPart(String part) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        values.forEach((k, v) -> {
            if (k.startsWith(part + ".")) {
                copy.put(k.substring(part.length() + 1), v);
            }
        });
        return new Params(copy);
    }

    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public int integer(String key, int fallback) {
        String v = values.get(key);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
    }

    public boolean flag(String key, boolean fallback) {
        String v = values.get(key);
        return v == null || v.isBlank() ? fallback : Boolean.parseBoolean(v.trim());
    }

    public List<String> list(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? List.of() : Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ";").append(k).append('=').append(v));
        return sb.toString();
    }
}
