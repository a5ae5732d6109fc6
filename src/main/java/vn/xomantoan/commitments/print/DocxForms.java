package vn.xomantoan.commitments.print;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.xomantoan.shared.document.DocxWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The same forms as an editable Word document: Times New Roman 13 pt, A4, one household per page. */
final class DocxForms {

    private static final int SIZE = 13;

    private DocxForms() {
    }

    /** The fixed words of the layout, from the message bundle. */
    record Labels(String nationalTitle, String motto, String areaHead, String householdHead, String signNote) {
    }

    static byte[] write(List<PrintedForm> forms, Labels labels) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxWriter.a4(doc);
            for (int i = 0; i < forms.size(); i++) {
                page(doc, forms.get(i), i > 0, labels);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc, PrintedForm form, boolean breakBefore, Labels labels) {
        XWPFParagraph national = centered(doc);
        national.setPageBreak(breakBefore);
        DocxWriter.run(national, labels.nationalTitle(), true, false, 13);
        XWPFRun motto = DocxWriter.run(centered(doc), labels.motto(), true, false, 14);
        motto.setUnderline(UnderlinePatterns.SINGLE);
        XWPFParagraph title = centered(doc);
        title.setSpacingBefore(360);
        title.setSpacingAfter(240);
        DocxWriter.run(title, form.title(), true, false, 14);
        for (String text : form.paragraphs()) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setFirstLineIndent(567);
            p.setSpacingAfter(120);
            DocxWriter.run(p, text, false, false, SIZE);
        }
        XWPFParagraph place = doc.createParagraph();
        place.setAlignment(ParagraphAlignment.RIGHT);
        place.setSpacingBefore(240);
        DocxWriter.run(place, form.placeDate(), false, true, SIZE);
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        signature(table.getRow(0).getCell(0), labels.areaHead(), labels.signNote(), "");
        signature(table.getRow(0).getCell(1), labels.householdHead(), labels.signNote(), form.headName());
    }

    private static void signature(XWPFTableCell cell, String title, String signNote, String name) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        DocxWriter.run(p, title, true, false, SIZE);
        XWPFParagraph note = cell.addParagraph();
        note.setAlignment(ParagraphAlignment.CENTER);
        DocxWriter.run(note, signNote, false, true, SIZE);
        XWPFParagraph signed = cell.addParagraph();
        signed.setAlignment(ParagraphAlignment.CENTER);
        signed.setSpacingBefore(1600);
        DocxWriter.run(signed, name, true, false, SIZE);
    }

    private static XWPFParagraph centered(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return p;
    }
}
