package vn.xomantoan.units.imports;

import vn.xomantoan.shared.imports.SheetReader;
import vn.xomantoan.shared.imports.SheetRejected;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an uploaded CSV (UTF-8, RFC 4180, BOM tolerated) or XLSX (first sheet) file into a table,
 * with the shared {@link SheetReader}; a file it cannot read becomes an import problem of the file.
 */
final class TabularReader {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_ROWS = 100_000;

    private TabularReader() {
    }

    static TabularData read(String fileName, byte[] content) {
        if (content != null && content.length > MAX_BYTES) {
            throw new ImportRejected(ImportProblem.ofFile("imports.error.fileTooLarge"));
        }
        Collector collector = new Collector();
        try {
            SheetReader.read(fileName, content, (number, values) -> collector.add(new TabularData.Row(number, values)));
        } catch (SheetRejected e) {
            String key = "imports.error." + e.reason();
            throw new ImportRejected(e.row() == 0
                    ? (e.arg() == null ? ImportProblem.ofFile(key) : ImportProblem.ofFile(key, e.arg()))
                    : new ImportProblem(e.row(), null, key, null));
        }
        return collector.result();
    }

    /** Takes the first non-blank row as the header and keeps the non-blank rows after it. */
    private static final class Collector {
        private TabularData.Row header;
        private final List<TabularData.Row> rows = new ArrayList<>();

        void add(TabularData.Row row) {
            if (row.blank()) {
                return;
            }
            if (header == null) {
                header = row;
                return;
            }
            if (rows.size() == MAX_ROWS) {
                throw new ImportRejected(ImportProblem.ofFile("imports.error.tooManyRows", MAX_ROWS));
            }
            rows.add(row);
        }

        TabularData result() {
            if (header == null) {
                throw new ImportRejected(ImportProblem.ofFile("imports.error.noHeader"));
            }
            if (rows.isEmpty()) {
                throw new ImportRejected(ImportProblem.ofFile("imports.error.noRows"));
            }
            return new TabularData(header, List.copyOf(rows));
        }
    }
}
