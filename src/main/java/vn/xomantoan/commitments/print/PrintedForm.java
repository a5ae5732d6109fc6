package vn.xomantoan.commitments.print;

import java.util.List;

/** One prefilled page: the form's title and paragraphs with the placeholders filled in. */
public record PrintedForm(String title, List<String> paragraphs, String placeDate, String headName) {
}
