package vn.xomantoan.shared.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a template to text inside the current request, with everything a page gets (messages in the
 * request's language, links, request attributes), so that a part of a page that is the same for many
 * users can be kept and written out again. The response itself is not touched.
 */
@Component
public class ViewText {

    private final ViewResolver views;

    ViewText(ThymeleafViewResolver views) {
        this.views = views;
    }

    public String render(String template, Map<String, ?> model, Locale locale, HttpServletRequest request,
                         HttpServletResponse response) {
        try {
            View view = views.resolveViewName(template, locale);
            if (view == null) {
                throw new IllegalStateException("No template " + template);
            }
            StringWriter text = new StringWriter(64 * 1024);
            view.render(model, request, new Capture(response, new PrintWriter(text)));
            return text.toString();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Rendering " + template + " failed", e);
        }
    }

    /** Takes what the template writes; headers and status stay those of the page around it. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final PrintWriter writer;

        Capture(HttpServletResponse response, PrintWriter writer) {
            super(response);
            this.writer = writer;
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            throw new IllegalStateException("Templates are written as text");
        }

        @Override
        public void setContentType(String type) {
        }

        @Override
        public void setCharacterEncoding(String charset) {
        }

        @Override
        public void setLocale(Locale locale) {
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }
    }
}
