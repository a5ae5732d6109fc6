package vn.xomantoan.commitments.print;

import vn.xomantoan.commitments.domain.FormTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template for one household. The body is split into paragraphs at line breaks; a line
 * holding only {{commitments}} becomes the numbered commitments, one paragraph per line.
 */
public final class FormFiller {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z]+)\\s*}}");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private FormFiller() {
    }

    public static PrintedForm fill(FormTemplate template, Map<String, String> values) {
        List<String> commitments = new ArrayList<>();
        for (String line : template.commitmentsText().split("\\R")) {
            if (!line.isBlank()) {
                commitments.add(replace(line.strip(), values));
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : template.body().split("\\R")) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.equals("{{commitments}}")) {
                paragraphs.addAll(commitments);
            } else {
                paragraphs.add(replace(t.replace("{{commitments}}", String.join(" ", commitments)), values));
            }
        }
        String placeDate = values.getOrDefault("place", "") + ", " + values.getOrDefault("date", "");
        return new PrintedForm(template.title().toUpperCase(VIETNAMESE), paragraphs, placeDate, values.getOrDefault("head", ""));
    }

    static String replace(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
