package vn.xomantoan.households.imports;

import vn.xomantoan.shared.text.VietnameseText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a household file and where they sit. A header cell may be the data-format name
 * ("head_name") or a Vietnamese/English label ("Họ tên chủ hộ"), compared without case, diacritics,
 * spaces or punctuation. Unknown columns (a row number, the problem column of an error report, a
 * commune's own notes) are ignored.
 */
final class HouseholdColumns {

    static final List<String> ORDER = List.of("area_code", "head_name", "gender", "house_no", "street", "members",
            "moved_in", "phone", "note");
    static final List<String> REQUIRED = List.of("area_code", "head_name", "members", "moved_in");

    private static final Map<String, String> ALIASES = new HashMap<>();

    static {
        alias("area_code", "Mã khu dân cư", "Mã KDC", "Mã thôn, tổ dân phố", "Area code");
        alias("head_name", "Họ tên chủ hộ", "Họ và tên chủ hộ", "Chủ hộ", "Head of household", "Head name");
        alias("gender", "Giới tính", "Giới tính chủ hộ", "Gender");
        alias("house_no", "Số nhà", "House number", "House no");
        alias("street", "Đường/ngõ", "Đường, ngõ", "Ngõ/đường", "Đường", "Ngõ", "Street", "Lane/street");
        alias("members", "Số nhân khẩu", "Nhân khẩu", "Số người", "Members");
        alias("moved_in", "Ngày chuyển đến", "Ngày đến", "Moved in");
        alias("phone", "Điện thoại", "Số điện thoại", "SĐT", "Phone");
        alias("note", "Ghi chú", "Note");
    }

    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    private static void alias(String column, String... labels) {
        ALIASES.put(normalise(column), column);
        for (String l : labels) {
            ALIASES.put(normalise(l), column);
        }
    }

    static String normalise(String label) {
        return VietnameseText.searchKey(label.replace("\uFEFF", "")).replaceAll("[^a-z0-9]", "");
    }

    /** Maps the header row; rejects the file when a required column is missing or a column appears twice. */
    static HouseholdColumns of(int rowNumber, List<String> header) {
        HouseholdColumns map = new HouseholdColumns();
        List<ImportFileRejected> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String column = ALIASES.get(normalise(header.get(i)));
            if (column == null) {
                continue;
            }
            if (map.index.containsKey(column)) {
                throw new ImportFileRejected(rowNumber, header.get(i), "households.import.error.duplicateColumn", header.get(i));
            }
            map.index.put(column, i);
            map.labels.put(column, header.get(i));
        }
        for (String column : REQUIRED) {
            if (!map.index.containsKey(column)) {
                problems.add(new ImportFileRejected(rowNumber, column, "households.import.error.missingColumn", column));
            }
        }
        if (!problems.isEmpty()) {
            throw problems.get(0);
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

    /** The row's values in {@link #ORDER}, for the error report. */
    List<String> canonical(List<String> row) {
        return ORDER.stream().map(c -> value(row, c)).toList();
    }
}
