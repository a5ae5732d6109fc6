package vn.xomantoan.units;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What to call units shown side by side (links, chart labels): the name, followed by the code when a
 * sibling has the same name — a commune merged in 2025 holds a "Xóm 1" of each former commune.
 */
public final class SiblingNames {

    private SiblingNames() {
    }

    /** Unit code → label. */
    public static Map<String, String> of(List<UnitView> siblings) {
        Map<String, Long> named = siblings.stream().collect(Collectors.groupingBy(UnitView::name, Collectors.counting()));
        Map<String, String> labels = new HashMap<>();
        siblings.forEach(u -> labels.put(u.code(), named.get(u.name()) > 1 ? u.name() + " (" + u.code() + ")" : u.name()));
        return labels;
    }
}
