package vn.xomantoan.evaluation.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One sentence of an explanation: a message key of the evaluation bundle and its arguments. An
 * argument starting with '#' is itself a message key (a category name), resolved when shown.
 */
public record Explanation(String key, List<String> args) {

    private static final String SEP = "\u001F";

    public Explanation {
        args = List.copyOf(args);
    }

    public static Explanation of(String key, Object... args) {
        return new Explanation(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    public static String encode(List<Explanation> lines) {
        List<String> out = new ArrayList<>();
        for (Explanation e : lines) {
            List<String> parts = new ArrayList<>();
            parts.add(e.key());
            parts.addAll(e.args().stream().map(a -> a.replace(SEP, " ").replace("\n", " ")).toList());
            out.add(String.join(SEP, parts));
        }
        return String.join("\n", out);
    }

    public static List<Explanation> decode(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Explanation> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split(SEP, -1);
            out.add(new Explanation(parts[0], Arrays.asList(parts).subList(1, parts.length)));
        }
        return out;
    }
}
