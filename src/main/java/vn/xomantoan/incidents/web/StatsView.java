package vn.xomantoan.incidents.web;

import vn.xomantoan.incidents.domain.StatsRow;
import vn.xomantoan.shared.web.Messages;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How a line of the table is read out: the significance hint in words. */
public final class StatsView {

    private StatsView() {
    }

    public static String assessment(StatsRow r, Messages messages) {
        if (r.current() == 0 && r.previous() == 0) {
            return messages.get("incidents.stats.none");
        }
        if (!r.significant()) {
            return messages.get("incidents.stats.notSignificant");
        }
        String p = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi"))).format(r.pValue());
        return messages.get(r.change() > 0 ? "incidents.stats.significantRise" : "incidents.stats.significantFall", p);
    }
}
