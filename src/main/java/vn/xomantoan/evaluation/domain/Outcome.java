package vn.xomantoan.evaluation.domain;

import vn.xomantoan.evaluation.FactRef;

import java.util.ArrayList;
import java.util.List;

/** The automatic verdict on one criterion, why, and the records behind it. */
public record Outcome(String criterionCode, Verdict verdict, List<Explanation> explanation, List<FactRef> refs) {

    private static final String SEP = "\u001F";

    public Outcome {
        explanation = List.copyOf(explanation);
        refs = List.copyOf(refs);
    }

    public static Outcome of(String code, Verdict verdict, Explanation line) {
        return new Outcome(code, verdict, List.of(line), List.of());
    }

    public static Outcome of(String code, Verdict verdict, Explanation line, List<FactRef> refs) {
        return new Outcome(code, verdict, List.of(line), refs);
    }

    public static String encodeRefs(List<FactRef> refs) {
        List<String> lines = new ArrayList<>();
        for (FactRef r : refs) {
            lines.add(clean(r.id()) + SEP + clean(r.label()) + SEP + clean(r.href()));
        }
        return String.join("\n", lines);
    }

    public static List<FactRef> decodeRefs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<FactRef> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] p = line.split(SEP, -1);
            out.add(new FactRef(p[0], p.length > 1 ? p[1] : "", p.length > 2 && !p[2].isEmpty() ? p[2] : null));
        }
        return out;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace(SEP, " ").replace("\n", " ");
    }
}
