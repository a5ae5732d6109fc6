package vn.xomantoan.activities;

/**
 * One column of a ledger list: its JSON name, the message key of its header, the SQL expression
 * (over alias {@code r} and its joins) and its format. LABEL columns hold enum names shown through
 * {@code labelPrefix + value}.
 */
public record LedgerColumn(String name, String headerKey, String sql, LedgerFormat format, String labelPrefix) {

    public static LedgerColumn text(String name, String headerKey, String sql) {
        return new LedgerColumn(name, headerKey, sql, LedgerFormat.TEXT, null);
    }

    public static LedgerColumn date(String name, String headerKey, String sql) {
        return new LedgerColumn(name, headerKey, sql, LedgerFormat.DATE, null);
    }

    public static LedgerColumn number(String name, String headerKey, String sql) {
        return new LedgerColumn(name, headerKey, sql, LedgerFormat.NUMBER, null);
    }

    public static LedgerColumn money(String name, String headerKey, String sql) {
        return new LedgerColumn(name, headerKey, sql, LedgerFormat.MONEY, null);
    }

    public static LedgerColumn label(String name, String headerKey, String sql, String labelPrefix) {
        return new LedgerColumn(name, headerKey, sql, LedgerFormat.LABEL, labelPrefix);
    }
}
