package vn.xomantoan.incidents.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.text.VietnameseText;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Residential areas and establishments of the scope valid on a date whose name matches what was typed. */
@Component
class PlacePicker {

    public record Place(long id, String code, String name, String level, String parentName) {
        public String label() {
            return name + (parentName == null ? "" : " – " + parentName);
        }
    }

    private final JdbcClient jdbc;

    PlacePicker(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Place> find(String typed, LocalDate date, UnitScope scope, int max) {
        String key = VietnameseText.searchKey(typed);
        if (key.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("d", date);
        return jdbc.sql("""
                        SELECT u.id, u.code, u.name, u.level, p.name AS parent_name
                        FROM unit_version u LEFT JOIN unit_version p ON p.id = u.parent_id
                        WHERE u.level IN ('RESIDENTIAL_AREA', 'ESTABLISHMENT') AND u.valid_from <= :d
                          AND (u.valid_to IS NULL OR u.valid_to >= :d) AND """ + scope.sql("u.path", params)
                        + " ORDER BY u.sort_key")
                .params(params).query(Place.class).stream()
                .filter(p -> VietnameseText.searchKey(p.name() + " " + p.code() + " " + (p.parentName() == null ? "" : p.parentName())).contains(key))
                .limit(max).toList();
    }
}
