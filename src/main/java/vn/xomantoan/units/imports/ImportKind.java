package vn.xomantoan.units.imports;

import java.util.List;

/** The two kinds of file the import accepts, with their columns (as in ../shared/data). */
public enum ImportKind {
    UNITS(List.of("code", "name", "level", "unit_type", "parent_code", "valid_from"),
            List.of("valid_to", "enterprise_size", "school_level")),
    LINKS(List.of("predecessor_code", "successor_code", "kind", "effective_date"),
            List.of("legal_basis", "part_note"));

    private final List<String> required;
    private final List<String> optional;

    ImportKind(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    public List<String> required() {
        return required;
    }

    public List<String> optional() {
        return optional;
    }
}
