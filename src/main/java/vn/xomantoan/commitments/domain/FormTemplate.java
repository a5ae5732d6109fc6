package vn.xomantoan.commitments.domain;

import vn.xomantoan.commitments.CriteriaSet;
import vn.xomantoan.commitments.SubjectKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One version of a form document. The body and the commitments text may use the placeholders below. */
public record FormTemplate(long id, String code, int version, String title, CriteriaSet criteriaSet,
                           SubjectKind subjectKind, LocalDate validFrom, String body, String commitmentsText,
                           LocalDateTime createdAt, String createdBy) {

    public static final List<String> PLACEHOLDERS = List.of("unit", "commune", "province", "head", "address", "year",
            "commitments", "place", "date");
    private static final Set<String> KNOWN = Set.copyOf(PLACEHOLDERS);
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    /** Placeholders used in the text that the forms do not know. */
    public static List<String> unknownPlaceholders(String text) {
        if (text == null) {
            return List.of();
        }
        Matcher m = PLACEHOLDER.matcher(text);
        java.util.ArrayList<String> unknown = new java.util.ArrayList<>();
        while (m.find()) {
            if (!KNOWN.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }
}
