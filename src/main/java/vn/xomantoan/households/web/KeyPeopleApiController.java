package vn.xomantoan.households.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.households.Gender;
import vn.xomantoan.households.KeyPersonRole;
import vn.xomantoan.households.KeyPersonView;
import vn.xomantoan.households.domain.HouseholdAccess;
import vn.xomantoan.households.domain.KeyPersonQueries;
import vn.xomantoan.households.domain.KeyPersonSearch;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Key people as JSON: the list (unit, role, gender, asOf) and counts by role and gender. */
@RestController
@RequestMapping("/api/v1/key-people")
@Tag(name = "Người tiêu biểu, cán bộ cơ sở / Key people")
class KeyPeopleApiController {

    private final KeyPersonQueries queries;
    private final HouseholdAccess access;
    private final UnitPicker picker;
    private final AuditLog audit;

    KeyPeopleApiController(KeyPersonQueries queries, HouseholdAccess access, UnitPicker picker, AuditLog audit) {
        this.queries = queries;
        this.access = access;
        this.picker = picker;
        this.audit = audit;
    }

    record PageJson<T>(List<T> items, int page, int size, long total) {
    }

    record CountJson(KeyPersonRole role, Gender gender, long count) {
    }

    record CountsJson(String unit, LocalDate asOf, List<CountJson> counts) {
    }

    @GetMapping
    @Operation(summary = "Key people in office on asOf in a unit's subtree, filtered by role and gender")
    PageJson<KeyPersonView> list(@RequestParam(required = false) String unit, @RequestParam(required = false) KeyPersonRole role,
                                 @RequestParam(required = false) Gender gender, @RequestParam(required = false) String asOf,
                                 @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "100") int size) {
        if (size < 1 || size > 1000 || page < 0) {
            throw ValidationFailure.of("size", "households.error.pageSize");
        }
        UnitScope scope = access.scope();
        LocalDate date = UnitPicker.date(asOf);
        UnitView u = picker.unit(unit, date, scope);
        Page<KeyPersonView> result = queries.search(new KeyPersonSearch(u.path(), date, role, gender, q, page, size), scope);
        audit.recordRead("KeyPersonList", u.code() + "@" + date, "API: danh sách người tiêu biểu, cán bộ cơ sở");
        return new PageJson<>(result.items(), result.page(), result.size(), result.total());
    }

    @GetMapping("/counts")
    @Operation(summary = "Key people in office on asOf in a unit's subtree, counted by role and gender")
    CountsJson counts(@RequestParam(required = false) String unit, @RequestParam(required = false) String asOf) {
        UnitScope scope = access.scope();
        LocalDate date = UnitPicker.date(asOf);
        UnitView u = picker.unit(unit, date, scope);
        List<CountJson> counts = new ArrayList<>();
        for (Map.Entry<KeyPersonRole, Map<Gender, Long>> e : queries.counts(u.path(), date, scope).entrySet()) {
            for (Gender g : Gender.values()) {
                counts.add(new CountJson(e.getKey(), g, e.getValue().getOrDefault(g, 0L)));
            }
        }
        return new CountsJson(u.code(), date, counts);
    }
}
