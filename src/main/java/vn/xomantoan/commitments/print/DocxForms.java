package vn.xomantoan.commitments.print;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/** The same forms as an editable Word document: Times New Roman 13 pt, A4, one household per page. */
final class DocxForms {

    private static final String FONT = "Times New Roman";
    private static final int SIZE = 13;
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 56.7;

    private DocxForms() {
    }

    /** The fixed words of the layout, from the message bundle. */
    record Labels(String nationalTitle, String motto, String areaHead, String householdHead, String signNote) {
    }

    static byte[] write(List<PrintedForm> forms, Labels labels) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc);
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
        run(national, labels.nationalTitle(), true, false, 13);
        XWPFRun motto = run(centered(doc), labels.motto(), true, false, 14);
        motto.setUnderline(UnderlinePatterns.SINGLE);
        XWPFParagraph title = centered(doc);
        title.setSpacingBefore(360);
        title.setSpacingAfter(240);
        run(title, form.title(), true, false, 14);
        for (String text : form.paragraphs()) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setFirstLineIndent(567);
            p.setSpacingAfter(120);
            run(p, text, false, false, SIZE);
        }
        XWPFParagraph place = doc.createParagraph();
        place.setAlignment(ParagraphAlignment.RIGHT);
        place.setSpacingBefore(240);
        run(place, form.placeDate(), false, true, SIZE);
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        signature(table.getRow(0).getCell(0), labels.areaHead(), labels.signNote(), "");
        signature(table.getRow(0).getCell(1), labels.householdHead(), labels.signNote(), form.headName());
    }

    private static void signature(XWPFTableCell cell, String title, String signNote, String name) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, title, true, false, SIZE);
        XWPFParagraph note = cell.addParagraph();
        note.setAlignment(ParagraphAlignment.CENTER);
        run(note, signNote, false, true, SIZE);
        XWPFParagraph signed = cell.addParagraph();
        signed.setAlignment(ParagraphAlignment.CENTER);
        signed.setSpacingBefore(1600);
        run(signed, name, true, false, SIZE);
    }

    private static XWPFParagraph centered(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setItalic(italic);
        r.setFontFamily(FONT);
        r.setFontSize(size);
        return r;
    }

    private static void a4(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(twips(20));
        margins.setBottom(twips(20));
        margins.setLeft(twips(30));
        margins.setRight(twips(15));
    }

    private static BigInteger twips(int mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
    }
}
