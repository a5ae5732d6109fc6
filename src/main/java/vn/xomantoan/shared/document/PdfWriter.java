package vn.xomantoan.shared.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * An {@link OfficialDocument} (or any XHTML template) as PDF, laid out by openhtmltopdf with the
 * bundled Liberation Serif fonts embedded (metric-compatible with Times New Roman, full Vietnamese).
 */
@Component
public class PdfWriter {

    public static final String FONT = "Liberation Serif";

    private final ITemplateEngine templates;

    PdfWriter(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] write(OfficialDocument document) {
        return render("shared/official-document", Map.of("doc", document));
    }

    public byte[] render(String template, Map<String, Object> model) {
        return fromHtml(templates.process(template, new Context(LocaleContextHolder.getLocale(), model)));
    }

    /** Well-formed XHTML laid out as PDF with the embedded fonts. */
    public byte[] fromHtml(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "LiberationSerif-Regular.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "LiberationSerif-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "LiberationSerif-Italic.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
            font(builder, "LiberationSerif-BoldItalic.ttf", 700, BaseRendererBuilder.FontStyle.ITALIC);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        builder.useFont(() -> PdfWriter.class.getResourceAsStream("/fonts/" + file), FONT, weight, style, true);
    }
}
