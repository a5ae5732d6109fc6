package vn.xomantoan.shared.document;

import java.time.LocalDate;
import java.util.List;

/**
 * An administrative document in the layout of Decree 30/2020 (Appendix I), independent of the file
 * format: the issuing body over the national title and motto, number and symbol, place and date,
 * the document kind and subject, the body, the recipients and signature block, and an optional
 * annex. One model is written both as PDF and as an editable DOCX, so the two never differ.
 *
 * @param parentBody    the governing body above the issuer ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"), or null
 * @param issuer        the issuing body in capitals ("ỦY BAN NHÂN DÂN XÃ ĐỊNH HÓA")
 * @param number        "Số: 12/QĐ-UBND", or null for documents without a number
 * @param kind          "QUYẾT ĐỊNH", "TỜ TRÌNH", "BIÊN BẢN", ...
 * @param subject       the line under the kind ("Về việc công nhận ..."), or null
 * @param recipients    "Nơi nhận" lines, empty for none
 * @param signature     lines of the signature block, top to bottom; the signer's name last
 */
public record OfficialDocument(String fileName, String parentBody, String issuer, String number, String place, LocalDate date,
                               String kind, String subject, List<Block> body, List<String> recipients, List<String> signature,
                               List<String> leftSignature, Annex annex) {

    public OfficialDocument {
        body = List.copyOf(body);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        signature = List.copyOf(signature);
        leftSignature = leftSignature == null ? List.of() : List.copyOf(leftSignature);
    }

    /** A part of the body. */
    public sealed interface Block permits Paragraph, Table {
        /** For templates: whether the block is a table. */
        default boolean tabular() {
            return this instanceof Table;
        }
    }

    /**
     * @param lead    bold words opening the paragraph ("Điều 1."), or null
     * @param centred a centred heading line instead of an indented paragraph
     */
    public record Paragraph(String lead, String text, boolean centred, boolean bold) implements Block {
        public static Paragraph of(String text) {
            return new Paragraph(null, text, false, false);
        }

        public static Paragraph led(String lead, String text) {
            return new Paragraph(lead, text, false, false);
        }

        public static Paragraph heading(String text) {
            return new Paragraph(null, text, true, true);
        }
    }

    public record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** An annex on its own page: title lines and a table. */
    public record Annex(List<String> titleLines, String note, Table table) {
    }

    /** "Định Hóa, ngày 05 tháng 11 năm 2026". */
    public String placeAndDate() {
        return place + ", ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + String.format("%02d", date.getMonthValue())
                + " năm " + date.getYear();
    }
}
