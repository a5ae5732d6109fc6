package vn.xomantoan.units.imports;

import vn.xomantoan.shared.text.VietnameseText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each column of a format sits in the file's header. A header cell may be the data-format
 * name ("valid_from") or its label in either language ("Hiệu lực từ", as the XLSX export writes it),
 * compared without case or diacritics.
 */
final class ColumnMap {

    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, String> shownAs = new HashMap<>();

    private ColumnMap() {
    }

    static ColumnMap of(ImportKind kind, TabularData.Row header, UnitFormat format) {
        Map<String, String> known = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(kind.required());
        all.addAll(kind.optional());
        for (String column : all) {
            format.columnLabels(column).forEach(label -> known.putIfAbsent(normalise(label), column));
        }
        ColumnMap map = new ColumnMap();
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.values().size(); i++) {
            String text = header.values().get(i);
            if (text.isEmpty()) {
                continue;
            }
            String column = known.get(normalise(text));
            if (column == null) {
                problems.add(new ImportProblem(header.number(), text, "imports.error.unknownColumn", new Object[]{text}));
            } else if (map.index.containsKey(column)) {
                problems.add(new ImportProblem(header.number(), text, "imports.error.duplicateColumn", new Object[]{text}));
            } else {
                map.index.put(column, i);
                map.shownAs.put(column, text);
            }
        }
        for (String column : kind.required()) {
            if (!map.index.containsKey(column)) {
                problems.add(new ImportProblem(header.number(), column, "imports.error.missingColumn", new Object[]{column}));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        return map;
    }

    String value(TabularData.Row row, String column) {
        Integer i = index.get(column);
        return i == null ? "" : row.get(i);
    }

    /** The column as the file's header names it, for error reports. */
    String label(String column) {
        return shownAs.getOrDefault(column, column);
    }

    int width() {
        return index.values().stream().mapToInt(i -> i + 1).max().orElse(0);
    }

    private static String normalise(String label) {
        String key = VietnameseText.searchKey(label).replaceAll("[\\s_\\-]+", "_");
        return key.replace("\uFEFF", "");
    }
}
