package vn.xomantoan.households;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Key people in office in a unit's subtree on a date, by role and gender. */
public record KeyPersonCounts(String unitCode, LocalDate date, Map<KeyPersonRole, Map<Gender, Long>> byRole) {

    public KeyPersonCounts {
        EnumMap<KeyPersonRole, Map<Gender, Long>> copy = new EnumMap<>(KeyPersonRole.class);
        byRole.forEach((role, genders) -> copy.put(role, Map.copyOf(genders)));
        byRole = java.util.Collections.unmodifiableMap(copy);
    }

    public long count(KeyPersonRole role, Gender gender) {
        return byRole.getOrDefault(role, Map.of()).getOrDefault(gender, 0L);
    }

    public long total(KeyPersonRole role) {
        return byRole.getOrDefault(role, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    public long total(Gender gender) {
        return byRole.values().stream().mapToLong(m -> m.getOrDefault(gender, 0L)).sum();
    }
}
