package vn.xomantoan.shared.imports;

/**
 * The file as a whole cannot be read as a table. {@link #reason()} is a short key ("notUtf8",
 * "badCsv", ...) that each capability turns into its own message; {@link #row()} is the row where
 * reading stopped (0: the whole file), {@link #arg()} an argument for the message, if any.
 */
public class SheetRejected extends RuntimeException {

    public static final String FILE_EMPTY = "fileEmpty";
    public static final String EXTENSION = "extension";
    public static final String LEGACY_XLS = "legacyXls";
    public static final String CONTENT_MISMATCH = "contentMismatch";
    public static final String NOT_UTF8 = "notUtf8";
    public static final String NOT_TABULAR = "notTabular";
    public static final String BAD_CSV = "badCsv";
    public static final String BAD_XLSX = "badXlsx";

    private final String reason;
    private final int row;
    private final String arg;

    public SheetRejected(String reason, int row, String arg) {
        super(reason);
        this.reason = reason;
        this.row = row;
        this.arg = arg;
    }

    public String reason() {
        return reason;
    }

    public int row() {
        return row;
    }

    public String arg() {
        return arg;
    }
}
