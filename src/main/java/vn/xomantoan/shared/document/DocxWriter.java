package vn.xomantoan.shared.document;

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

/** An {@link OfficialDocument} as an editable Word file: A4, margins of Decree 30, Times New Roman 13–14 pt. */
public final class DocxWriter {

    private static final String FONT = "Times New Roman";
    private static final int SIZE = 14;
    private static final double TWIPS_PER_MM = 56.7;
    /** The text width of an A4 page with the Decree 30 margins (210 − 30 − 15 mm), in twips. */
    private static final int TEXT_WIDTH = 9355;
    private static final int NUMBER_COLUMN = 780;

    private DocxWriter() {
    }

    public static byte[] write(OfficialDocument d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc);
            header(doc, d);
            XWPFParagraph kind = centred(doc);
            kind.setSpacingBefore(360);
            run(kind, d.kind(), true, false, SIZE);
            if (d.subject() != null) {
                XWPFParagraph subject = centred(doc);
                subject.setSpacingAfter(240);
                run(subject, d.subject(), true, false, SIZE);
            }
            for (OfficialDocument.Block block : d.body()) {
                if (block instanceof OfficialDocument.Paragraph p) {
                    paragraph(doc, p);
                } else if (block instanceof OfficialDocument.Table t) {
                    table(doc, t);
                }
            }
            signature(doc, d);
            if (d.annex() != null) {
                annex(doc, d.annex());
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(XWPFDocument doc, OfficialDocument d) {
        XWPFTable head = doc.createTable(1, 2);
        head.removeBorders();
        grid(head, TEXT_WIDTH * 2 / 5, TEXT_WIDTH - TEXT_WIDTH * 2 / 5);
        XWPFTableCell left = head.getRow(0).getCell(0);
        XWPFParagraph p = left.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        if (d.parentBody() != null) {
            run(p, d.parentBody(), false, false, 13);
            p = left.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        XWPFRun issuer = run(p, d.issuer(), true, false, 13);
        issuer.setUnderline(UnderlinePatterns.SINGLE);
        if (d.number() != null) {
            XWPFParagraph number = left.addParagraph();
            number.setAlignment(ParagraphAlignment.CENTER);
            number.setSpacingBefore(120);
            run(number, d.number(), false, false, 13);
        }
        XWPFTableCell right = head.getRow(0).getCell(1);
        XWPFParagraph national = right.getParagraphs().get(0);
        national.setAlignment(ParagraphAlignment.CENTER);
        run(national, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 13);
        XWPFParagraph motto = right.addParagraph();
        motto.setAlignment(ParagraphAlignment.CENTER);
        run(motto, "Độc lập - Tự do - Hạnh phúc", true, false, SIZE).setUnderline(UnderlinePatterns.SINGLE);
        XWPFParagraph place = right.addParagraph();
        place.setAlignment(ParagraphAlignment.CENTER);
        place.setSpacingBefore(120);
        run(place, d.placeAndDate(), false, true, SIZE);
    }

    private static void paragraph(XWPFDocument doc, OfficialDocument.Paragraph p) {
        XWPFParagraph para = doc.createParagraph();
        para.setSpacingAfter(120);
        if (p.centred()) {
            para.setAlignment(ParagraphAlignment.CENTER);
        } else {
            para.setAlignment(ParagraphAlignment.BOTH);
            para.setFirstLineIndent(567);
        }
        if (p.lead() != null) {
            run(para, p.lead() + " ", true, false, SIZE);
        }
        run(para, p.text(), p.bold(), false, SIZE);
    }

    private static void table(XWPFDocument doc, OfficialDocument.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
        int columns = t.headers().size();
        int[] widths = new int[columns];
        boolean numbered = "STT".equals(t.headers().get(0)) && columns > 1;
        int rest = TEXT_WIDTH - (numbered ? NUMBER_COLUMN : 0);
        for (int c = 0; c < columns; c++) {
            widths[c] = numbered && c == 0 ? NUMBER_COLUMN : rest / (numbered ? columns - 1 : columns);
        }
        grid(table, widths);
        for (int c = 0; c < t.headers().size(); c++) {
            cell(table.getRow(0).getCell(c), t.headers().get(c), true);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int c = 0; c < t.headers().size(); c++) {
                cell(table.getRow(r + 1).getCell(c), c < row.size() ? row.get(c) : "", false);
            }
        }
        doc.createParagraph();
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        run(p, text, bold, false, 13);
    }

    private static void signature(XWPFDocument doc, OfficialDocument d) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        grid(table, TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph lp = left.getParagraphs().get(0);
        if (!d.leftSignature().isEmpty()) {
            block(left, lp, d.leftSignature());
        } else if (!d.recipients().isEmpty()) {
            run(lp, "Nơi nhận:", true, true, 12);
            for (String r : d.recipients()) {
                run(left.addParagraph(), r, false, false, 11);
            }
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        block(right, right.getParagraphs().get(0), d.signature());
    }

    /** Title lines in bold, a space to sign, then the name. */
    private static void block(XWPFTableCell cell, XWPFParagraph first, List<String> lines) {
        XWPFParagraph p = first;
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                p = cell.addParagraph();
            }
            p.setAlignment(ParagraphAlignment.CENTER);
            if (i == lines.size() - 1) {
                p.setSpacingBefore(1400);
            }
            run(p, lines.get(i), true, false, SIZE);
        }
    }

    private static void annex(XWPFDocument doc, OfficialDocument.Annex annex) {
        boolean first = true;
        for (String line : annex.titleLines()) {
            XWPFParagraph p = centred(doc);
            p.setPageBreak(first);
            first = false;
            run(p, line, true, false, SIZE);
        }
        if (annex.note() != null) {
            run(centred(doc), annex.note(), false, true, 13);
        }
        table(doc, annex.table());
    }

    /** Fixed column widths (twips) that Word and LibreOffice both honour: the grid and every cell. */
    private static void grid(XWPFTable table, int... widths) {
        table.setWidth(String.valueOf(java.util.Arrays.stream(widths).sum()));
        table.setTableAlignment(org.apache.poi.xwpf.usermodel.TableRowAlign.CENTER);
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (org.apache.poi.xwpf.usermodel.XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        }
    }

    private static XWPFParagraph centred(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return p;
    }

    /** A run in Times New Roman of the given size (also used by other Word layouts). */
    public static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setItalic(italic);
        r.setFontFamily(FONT);
        r.setFontSize(size);
        return r;
    }

    /** A4 with the margins of Decree 30/2020 (20/20/30/15 mm). */
    public static void a4(XWPFDocument doc) {
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
