package vn.xomantoan.reporting.domain;

import vn.xomantoan.reporting.Measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as Vietnamese documents write them: 1.684; 70.000.000 đồng; 98,5 %. */
public final class NumberText {

    private NumberText() {
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols);
    }

    public static String integer(long value) {
        return format("#,##0").format(value);
    }

    /** The value with its measure (đồng for money, % for percentages); blank for no data. */
    public static String of(Measure measure, Long value) {
        if (value == null) {
            return "";
        }
        return switch (measure) {
            case VND -> integer(value) + " đ";
            case PERCENT -> format("#,##0.##").format(BigDecimal.valueOf(value).divide(BigDecimal.valueOf(100), 2,
                    RoundingMode.HALF_UP)) + " %";
            default -> integer(value);
        };
    }

    /** Change from previous to current in percent, one decimal, or null when there was nothing before. */
    public static String change(Long current, Long previous) {
        if (current == null || previous == null || previous == 0) {
            return null;
        }
        double pct = (current - previous) * 100.0 / previous;
        return (pct > 0 ? "+" : "") + format("#,##0.0").format(pct) + " %";
    }
}
