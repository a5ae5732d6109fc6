package vn.xomantoan.reporting.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.xomantoan.reporting.domain.NumberText;
import vn.xomantoan.reporting.domain.ReviewReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The report as PDF (openhtmltopdf), in the same layout as the Word document, with the Liberation
 * Serif fonts shipped in the application (metric-compatible with Times New Roman, full Vietnamese).
 */
@Component
public class PdfRenderer {

    private static final String FAMILY = "Liberation Serif";

    public byte[] render(ReportDocument d) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "LiberationSerif-Regular.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "LiberationSerif-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "LiberationSerif-Italic.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
            font(builder, "LiberationSerif-BoldItalic.ttf", 700, BaseRendererBuilder.FontStyle.ITALIC);
            builder.withHtmlContent(html(d), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder b, String file, int weight, BaseRendererBuilder.FontStyle style) {
        b.useFont(() -> {
            InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file);
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + file);
            }
            return in;
        }, FAMILY, weight, style, true);
    }

    static String e(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }

    static String html(ReportDocument d) {
        ReviewReport r = d.report();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"/><title>").append(e(r.title())).append("</title><style>")
                .append("@page { size: A4; margin: 20mm 15mm 20mm 30mm; }")
                .append("@page annex { size: A4 landscape; margin: 15mm; }")
                .append("body { font-family: '").append(FAMILY).append("'; font-size: 14pt; line-height: 1.35; }")
                .append("table.head, table.sign { width: 100%; border-collapse: collapse; } table.head td, table.sign td { vertical-align: top; text-align: center; font-size: 13pt; }")
                .append(".b { font-weight: bold; } .i { font-style: italic; } .u { text-decoration: underline; } .c { text-align: center; }")
                .append("p { margin: 4pt 0; text-align: justify; } p.body { text-indent: 1cm; } p.h1, p.h2 { font-weight: bold; margin-top: 8pt; }")
                .append(".annex { page: annex; page-break-before: always; width: 255mm; }")
                .append("table.grid { width: 100%; border-collapse: collapse; font-size: 10pt; -fs-table-paginate: paginate; }")
                .append("table.grid th, table.grid td { border: 0.5pt solid #000; padding: 2pt 3pt; } table.grid td.n { text-align: right; }")
                .append("table.grid tr { page-break-inside: avoid; } table.grid tr.total td { font-weight: bold; } h2 { font-size: 12pt; text-align: center; }")
                .append("</style></head><body>");
        h.append("<table class=\"head\"><tr><td style=\"width:40%\">");
        if (r.parentBody() != null) {
            h.append(e(r.parentBody())).append("<br/>");
        }
        h.append("<span class=\"b\">").append(e(r.issuingBody())).append("</span><br/><br/>Số: ")
                .append(e(r.number() == null ? "      /BC" : r.number())).append("</td><td style=\"width:60%\">")
                .append("<span class=\"b\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span><br/>")
                .append("<span class=\"b u\" style=\"font-size:14pt\">Độc lập - Tự do - Hạnh phúc</span><br/><br/>")
                .append("<span class=\"i\" style=\"font-size:14pt\">").append(e(d.placeDate())).append("</span></td></tr></table>");
        h.append("<p class=\"c b\" style=\"margin-top:14pt\">").append(e(d.heading())).append("</p>");
        h.append("<p class=\"c b\" style=\"text-align:center\">").append(e(r.title())).append("</p>");
        for (ReportDocument.Section s : d.sections()) {
            for (ReportDocument.Paragraph p : s.paragraphs()) {
                h.append("<p class=\"").append(p.level() == 1 ? "h1" : p.level() == 2 ? "h2" : "body").append("\">")
                        .append(e(p.text())).append("</p>");
            }
        }
        h.append("<table class=\"sign\" style=\"margin-top:12pt\"><tr><td style=\"width:45%;text-align:left;font-size:11pt\">")
                .append("<span class=\"b i\" style=\"font-size:12pt\">Nơi nhận:</span><br/>");
        if (r.recipients() != null) {
            for (String line : r.recipients().split("\n")) {
                h.append(e(line)).append("<br/>");
            }
        }
        h.append("</td><td style=\"width:55%\"><span class=\"b\" style=\"font-size:14pt\">").append(e(r.signerTitle()))
                .append("</span><br/><br/><br/><br/><br/><span class=\"b\" style=\"font-size:14pt\">").append(e(r.signerName()))
                .append("</span></td></tr></table>");
        h.append("<div class=\"annex\"><p class=\"c b\" style=\"text-align:center\">PHỤ LỤC</p>");
        for (ReportDocument.Table t : d.annexes()) {
            h.append("<h2>").append(e(t.title())).append("</h2>");
            table(h, t);
        }
        h.append("</div></body></html>");
        return h.toString();
    }

    private static void table(StringBuilder h, ReportDocument.Table t) {
        h.append("<table class=\"grid\"><colgroup><col style=\"width:5%\"/><col style=\"width:20%\"/>");
        for (int i = 2; i < t.header().size(); i++) {
            h.append("<col/>");
        }
        h.append("</colgroup><thead><tr>");
        t.header().forEach(c -> h.append("<th>").append(e(c)).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (int i = 0; i < t.rows().size(); i++) {
            List<Object> row = t.rows().get(i);
            h.append(t.totalRow() && i == t.rows().size() - 1 ? "<tr class=\"total\">" : "<tr>");
            for (Object v : row) {
                if (v instanceof Number n) {
                    h.append("<td class=\"n\">").append(NumberText.integer(n.longValue())).append("</td>");
                } else {
                    h.append("<td>").append(e(String.valueOf(v))).append("</td>");
                }
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }
}
