package vn.xomantoan.units.imports;

/**
 * One thing wrong with an import file: the row as a spreadsheet numbers it (the header is row 1;
 * 0 for the file as a whole), the column as the file names it (null when the row as a whole is
 * wrong), and a message key with its arguments.
 */
public record ImportProblem(int row, String column, String messageKey, Object[] args) {

    public ImportProblem {
        args = args == null ? new Object[0] : args.clone();
    }

    static ImportProblem ofFile(String messageKey, Object... args) {
        return new ImportProblem(0, null, messageKey, args);
    }
}
