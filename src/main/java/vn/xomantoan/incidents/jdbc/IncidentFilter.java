package vn.xomantoan.incidents.jdbc;

import java.time.LocalDate;
import java.util.List;

/**
 * A list query. {@code unitPath}/{@code asOf}: incidents whose place, carried to {@code asOf} (its
 * version with the same stable code on that date), lies inside the unit with that path.
 */
public record IncidentFilter(String unitPath, LocalDate asOf, LocalDate from, LocalDate to, List<String> categories,
                             String crimeClass, String q, boolean byPlace, int page, int size) {

    public IncidentFilter {
        categories = categories == null ? List.of() : categories.stream().filter(c -> c != null && !c.isBlank()).toList();
    }
}
