package vn.xomantoan.support;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tests that need something outside the JVM (Chromium, PostgreSQL) skip with a visible message
 * when it is missing, unless XAT_REQUIRE_EXTERNALS=true (as in CI), where its absence fails.
 */
public final class Externals {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Externals() {
    }

    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("XAT_REQUIRE_EXTERNALS"));
    }

    public static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "Chromium or chromedriver is missing (Debian packages chromium, chromium-driver): browser test skipped";
            if (required()) {
                throw new IllegalStateException(message.replace("skipped", "required by XAT_REQUIRE_EXTERNALS"));
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
    }

    public static final Path SOFFICE = Path.of("/usr/bin/soffice");

    /** LibreOffice for opening exports: skipped with a message when missing, a failure under XAT_REQUIRE_EXTERNALS. */
    public static void requireLibreOffice() {
        if (!Files.isExecutable(SOFFICE)) {
            String message = "LibreOffice (soffice, Debian package libreoffice-writer-nogui) is missing: export not opened in LibreOffice";
            if (required()) {
                throw new IllegalStateException(message + " (required by XAT_REQUIRE_EXTERNALS)");
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
    }

    /** LibreOffice Calc for opening workbooks (Debian package libreoffice-calc-nogui), as {@link #requireLibreOffice()}. */
    public static void requireLibreOfficeCalc() {
        requireLibreOffice();
        if (!Files.exists(Path.of("/usr/lib/libreoffice/program/libsclo.so"))) {
            String message = "LibreOffice Calc (Debian package libreoffice-calc-nogui) is missing: workbook not opened in LibreOffice";
            if (required()) {
                throw new IllegalStateException(message + " (required by XAT_REQUIRE_EXTERNALS)");
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
    }

    /** True when the tests run against PostgreSQL (XAT_DB_URL is a PostgreSQL URL). */
    public static boolean onPostgres() {
        String url = System.getenv("XAT_DB_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }
}
