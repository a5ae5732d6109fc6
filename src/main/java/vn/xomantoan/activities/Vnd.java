package vn.xomantoan.activities;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers the Vietnamese way: 1.000.000, and money as 1.000.000 đ. */
public final class Vnd {

    private Vnd() {
    }

    public static String number(long n) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(n);
    }

    public static String money(long amount) {
        return number(amount) + " đ";
    }
}
