package vn.xomantoan.reporting.report;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.stereotype.Component;
import vn.xomantoan.reporting.domain.NumberText;
import vn.xomantoan.reporting.domain.ReviewReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * The report as an editable Word document in the Decree 30/2020 layout: A4, margins 20/15/20/30 mm,
 * Times New Roman 14 pt, issuing body and number on the left, national title and motto on the right,
 * place and date in italics, the title in bold capitals, annex tables on landscape pages.
 */
@Component
public class DocxRenderer {

    static final String FONT = "Times New Roman";

    public byte[] render(ReportDocument d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ReviewReport r = d.report();
            header(doc, d);
            XWPFParagraph title = para(doc, ParagraphAlignment.CENTER, 240, 0);
            run(title, d.heading(), 14, true, false);
            XWPFParagraph subtitle = para(doc, ParagraphAlignment.CENTER, 0, 240);
            run(subtitle, r.title(), 14, true, false);
            for (ReportDocument.Section s : d.sections()) {
                for (ReportDocument.Paragraph p : s.paragraphs()) {
                    XWPFParagraph x = para(doc, ParagraphAlignment.BOTH, p.level() == 1 ? 120 : 60, 60);
                    if (p.level() == 0) {
                        x.setIndentationFirstLine(567);
                    }
                    run(x, p.text(), 14, p.level() > 0, false);
                }
            }
            signature(doc, r);
            // Annexes on a landscape section.
            XWPFParagraph breakBefore = para(doc, ParagraphAlignment.LEFT, 0, 0);
            sectionBreak(breakBefore, false);
            XWPFParagraph annexHeading = para(doc, ParagraphAlignment.CENTER, 0, 120);
            run(annexHeading, "PHỤ LỤC", 14, true, false);
            for (ReportDocument.Table t : d.annexes()) {
                XWPFParagraph caption = para(doc, ParagraphAlignment.CENTER, 240, 120);
                run(caption, t.title(), 13, true, false);
                table(doc, t, 11);
            }
            CTSectPr last = doc.getDocument().getBody().addNewSectPr();
            page(last, true);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(XWPFDocument doc, ReportDocument d) {
        ReviewReport r = d.report();
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        t.setWidth("100%");
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        left.setWidth("40%");
        right.setWidth("60%");
        XWPFParagraph l1 = left.getParagraphs().get(0);
        l1.setAlignment(ParagraphAlignment.CENTER);
        if (r.parentBody() != null) {
            run(l1, r.parentBody(), 13, false, false);
            l1 = left.addParagraph();
            l1.setAlignment(ParagraphAlignment.CENTER);
        }
        run(l1, r.issuingBody(), 13, true, false);
        XWPFParagraph l2 = left.addParagraph();
        l2.setAlignment(ParagraphAlignment.CENTER);
        l2.setSpacingBefore(120);
        run(l2, "Số: " + (r.number() == null ? "      /BC" : r.number()), 13, false, false);
        XWPFParagraph r1 = right.getParagraphs().get(0);
        r1.setAlignment(ParagraphAlignment.CENTER);
        run(r1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        XWPFParagraph r2 = right.addParagraph();
        r2.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun motto = run(r2, "Độc lập - Tự do - Hạnh phúc", 14, true, false);
        motto.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        XWPFParagraph r3 = right.addParagraph();
        r3.setAlignment(ParagraphAlignment.CENTER);
        r3.setSpacingBefore(120);
        run(r3, d.placeDate(), 14, false, true);
    }

    private void signature(XWPFDocument doc, ReviewReport r) {
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        t.setWidth("100%");
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        XWPFParagraph l = left.getParagraphs().get(0);
        run(l, "Nơi nhận:", 12, true, true);
        if (r.recipients() != null) {
            for (String line : r.recipients().split("\n")) {
                XWPFParagraph p = left.addParagraph();
                run(p, line, 11, false, false);
            }
        }
        XWPFParagraph s = right.getParagraphs().get(0);
        s.setAlignment(ParagraphAlignment.CENTER);
        run(s, r.signerTitle() == null ? "" : r.signerTitle(), 14, true, false);
        XWPFParagraph gap = right.addParagraph();
        gap.setSpacingBefore(1200);
        gap.setAlignment(ParagraphAlignment.CENTER);
        run(gap, r.signerName() == null ? "" : r.signerName(), 14, true, false);
    }

    static void table(XWPFDocument doc, ReportDocument.Table t, int size) {
        XWPFTable x = doc.createTable(t.rows().size() + 1, t.header().size());
        x.setWidth("100%");
        XWPFTableRow head = x.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < t.header().size(); c++) {
            cell(head.getCell(c), t.header().get(c), size, true, ParagraphAlignment.CENTER);
        }
        for (int i = 0; i < t.rows().size(); i++) {
            List<Object> row = t.rows().get(i);
            boolean total = t.totalRow() && i == t.rows().size() - 1;
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                String text = v instanceof Number num ? NumberText.integer(num.longValue()) : String.valueOf(v);
                cell(x.getRow(i + 1).getCell(c), text, size, total, v instanceof Number ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            }
        }
    }

    private static void cell(XWPFTableCell cell, String text, int size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        run(p, text, size, bold, false);
    }

    private static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment align, int before, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
        return r;
    }

    private static void sectionBreak(XWPFParagraph p, boolean landscape) {
        CTSectPr sect = p.getCTP().addNewPPr().addNewSectPr();
        page(sect, landscape);
    }

    /** A4 (11906 x 16838 twips), margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm. */
    private static void page(CTSectPr sect, boolean landscape) {
        CTPageSz size = sect.addNewPgSz();
        CTPageMar mar = sect.addNewPgMar();
        if (landscape) {
            size.setW(BigInteger.valueOf(16838));
            size.setH(BigInteger.valueOf(11906));
            size.setOrient(STPageOrientation.LANDSCAPE);
        } else {
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
        }
        mar.setTop(BigInteger.valueOf(1134));
        mar.setBottom(BigInteger.valueOf(1134));
        mar.setLeft(BigInteger.valueOf(landscape ? 1134 : 1701));
        mar.setRight(BigInteger.valueOf(landscape ? 1134 : 850));
    }
}
