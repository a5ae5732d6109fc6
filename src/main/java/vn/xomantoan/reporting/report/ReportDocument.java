package vn.xomantoan.reporting.report;

import vn.xomantoan.reporting.domain.ReviewReport;

import java.util.List;

/** A review report ready to render: header (Decree 30/2020 layout), sections, annex tables, all text in Vietnamese. */
public record ReportDocument(ReviewReport report, String placeDate, String heading, List<Section> sections,
                             List<Table> annexes, Table indicators) {

    /** A paragraph; level 1 = section heading (I, II...), 2 = sub-heading (1, 2...), 0 = body text. */
    public record Paragraph(int level, String text) {
    }

    public record Section(List<Paragraph> paragraphs) {
    }

    /** A table whose last row is the total when {@code totalRow} is set. */
    public record Table(String title, List<String> header, List<List<Object>> rows, boolean totalRow) {
    }
}
