package vn.xomantoan.units.imports;

import java.util.List;

/**
 * A file read as a table: the header row and the non-blank data rows, each with its row number as
 * a spreadsheet shows it. Values are trimmed; missing cells are empty strings.
 */
record TabularData(Row header, List<Row> rows) {

    record Row(int number, List<String> values) {

        String get(int index) {
            return index >= 0 && index < values.size() ? values.get(index) : "";
        }

        boolean blank() {
            return values.stream().allMatch(String::isEmpty);
        }
    }
}
