package vn.xomantoan.households.imports;

import vn.xomantoan.shared.text.VietnameseText;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of an import file and where they sit. A header cell may be the data-format name
 * ("head_name") or a Vietnamese/English label ("Họ tên chủ hộ"), compared without case, diacritics,
 * spaces or punctuation. Unknown columns (a row number, the problem column of an error report, a
 * commune's own notes) are ignored.
 */
final class ImportColumns {

    /** The columns of one kind of file: canonical order (also the error report's), required ones, labels accepted. */
    static final class Spec {
        final List<String> order;
        final List<String> required;
        private final Map<String, String> aliases = new HashMap<>();

        Spec(List<String> order, List<String> required) {
            this.order = List.copyOf(order);
            this.required = List.copyOf(required);
            order.forEach(c -> aliases.put(normalise(c), c));
        }

        Spec alias(String column, String... labels) {
            for (String l : labels) {
                aliases.put(normalise(l), column);
            }
            return this;
        }
    }

    private final Spec spec;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    private ImportColumns(Spec spec) {
        this.spec = spec;
    }

    static String normalise(String label) {
        return VietnameseText.searchKey(label.replace("\uFEFF", "")).replaceAll("[^a-z0-9]", "");
    }

    /** Maps the header row; rejects the file when a required column is missing or a column appears twice. */
    static ImportColumns of(Spec spec, int rowNumber, List<String> header) {
        ImportColumns map = new ImportColumns(spec);
        for (int i = 0; i < header.size(); i++) {
            String column = spec.aliases.get(normalise(header.get(i)));
            if (column == null) {
                continue;
            }
            if (map.index.containsKey(column)) {
                throw new ImportFileRejected(rowNumber, header.get(i), "households.import.error.duplicateColumn", header.get(i));
            }
            map.index.put(column, i);
            map.labels.put(column, header.get(i));
        }
        for (String column : spec.required) {
            if (!map.index.containsKey(column)) {
                throw new ImportFileRejected(rowNumber, column, "households.import.error.missingColumn", column);
            }
        }
        return map;
    }

    String value(List<String> row, String column) {
        Integer i = index.get(column);
        return i == null || i >= row.size() ? "" : row.get(i);
    }

    /** The column as the file names it, for error messages. */
    String label(String column) {
        return labels.getOrDefault(column, column);
    }

    /** The row's values in the canonical order, for the error report. */
    List<String> canonical(List<String> row) {
        return spec.order.stream().map(c -> value(row, c)).toList();
    }
}
