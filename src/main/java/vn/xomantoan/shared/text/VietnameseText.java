package vn.xomantoan.shared.text;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text rules used everywhere: NFC storage, diacritic- and case-insensitive search keys,
 * and Vietnamese collation (with numbers compared as numbers, so "Xóm 2" sorts before "Xóm 10").
 */
public final class VietnameseText {

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(VietnameseText::newCollator);

    private VietnameseText() {
    }

    /** Trims, collapses inner white space and normalises to NFC; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return spacesTidy(nfc) ? nfc : SPACES.matcher(nfc).replaceAll(" ").trim();
    }

    /**
     * Whether collapsing white space and trimming would leave the text as it is (the usual case of
     * an imported value), so {@link #clean} can skip the regular expression.
     */
    private static boolean spacesTidy(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (text.charAt(0) <= ' ' || text.charAt(n - 1) <= ' ') {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (text.charAt(i + 1) == ' ') {
                    return false;
                }
            } else if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** The key a search compares: no diacritics, đ as d, lower case, single spaces. */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * A string whose plain binary order is Vietnamese alphabetical order, so a database can sort
     * by it with an ordinary index: the ICU collation key, hex-encoded.
     */
    public static String sortKey(String text) {
        CollationKey key = COLLATOR.get().getCollationKey(text == null ? "" : text);
        byte[] bytes = key.toByteArray();
        // The last byte is the terminating zero, which carries no order.
        return HexFormat.of().withUpperCase().formatHex(bytes, 0, Math.max(0, bytes.length - 1));
    }

    /** Vietnamese order for lists sorted in memory. */
    public static Comparator<String> comparator() {
        return (a, b) -> COLLATOR.get().compare(a, b);
    }

    private static Collator newCollator() {
        RuleBasedCollator collator = (RuleBasedCollator) Collator.getInstance(new ULocale("vi"));
        collator.setNumericCollation(true);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }
}
