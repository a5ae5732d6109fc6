package vn.xomantoan.households.imports;

/** The file as a whole cannot be read (wrong type, not UTF-8, no header...); row 0 means the whole file. */
class ImportFileRejected extends RuntimeException {

    final int row;
    final String column;
    final String messageKey;
    final String arg;

    ImportFileRejected(int row, String column, String messageKey, String arg) {
        super(messageKey);
        this.row = row;
        this.column = column;
        this.messageKey = messageKey;
        this.arg = arg;
    }

    static ImportFileRejected of(String messageKey) {
        return new ImportFileRejected(0, null, messageKey, null);
    }
}
