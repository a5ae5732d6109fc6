package vn.xomantoan.units.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.units.SuccessionView;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitType;
import vn.xomantoan.units.UnitView;
import vn.xomantoan.units.domain.UnitQueries;
import vn.xomantoan.units.domain.UnitSearch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Units as JSON, with the same scope rules as the pages. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Đơn vị hành chính / Units")
class UnitApiController {

    private final UnitQueries queries;
    private final AccessScope access;

    UnitApiController(UnitQueries queries, AccessScope access) {
        this.queries = queries;
        this.access = access;
    }

    record UnitJson(long id, String code, boolean officialCode, String name, UnitType type, UnitLevel level,
                    Long parentId, LocalDate validFrom, LocalDate validTo, String enterpriseSize, String schoolLevel) {
        static UnitJson of(UnitView u) {
            return new UnitJson(u.id(), u.code(), u.officialCode(), u.name(), u.type(), u.level(), u.parentId(),
                    u.validFrom(), u.validTo(), u.enterpriseSize() == null ? null : u.enterpriseSize().name(),
                    u.schoolLevel() == null ? null : u.schoolLevel().name());
        }
    }

    record PageJson<T>(List<T> items, int page, int size, long total) {
    }

    record PathItem(long id, String code, String name, UnitLevel level) {
    }

    record UnitDetailJson(UnitJson unit, LocalDate asOf, List<PathItem> path, Map<UnitLevel, Long> childrenCounts,
                          List<SuccessionView> predecessors, List<SuccessionView> successors) {
    }

    @GetMapping
    @Operation(summary = "Units valid on a date, filtered by parent code, level, type or name (diacritic-insensitive)")
    PageJson<UnitJson> list(@RequestParam(required = false) String asOf, @RequestParam(required = false) String parent,
                            @RequestParam(required = false) UnitLevel level, @RequestParam(required = false) UnitType type,
                            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "100") int size) {
        LocalDate date = DateParams.asOf(asOf);
        UnitScope scope = access.current();
        Long parentId = null;
        if (parent != null && !parent.isBlank()) {
            UnitView p = queries.byCode(parent.trim(), date, scope).filter(u -> u.validOn(date)).orElseThrow(NotFound::new);
            parentId = p.id();
        }
        if (size < 1 || size > 500) {
            throw ValidationFailure.of("size", "api.error.pageSize");
        }
        Page<UnitView> result = queries.search(new UnitSearch(date, parentId, null, level, type, q, page, size), scope);
        return new PageJson<>(result.items().stream().map(UnitJson::of).toList(), result.page(), result.size(), result.total());
    }

    @GetMapping("/{code}")
    @Operation(summary = "The unit with this code on a date (or its last version before), with path, counts and lineage")
    UnitDetailJson one(@PathVariable String code, @RequestParam(required = false) String asOf) {
        LocalDate date = DateParams.asOf(asOf);
        UnitView u = queries.byCode(code, date, access.current()).orElseThrow(NotFound::new);
        LocalDate countOn = u.validOn(date) ? date : u.validTo();
        List<PathItem> path = queries.path(u).stream().map(p -> new PathItem(p.id(), p.code(), p.name(), p.level())).toList();
        return new UnitDetailJson(UnitJson.of(u), date, path, queries.descendantCounts(u, countOn),
                queries.predecessors(u.id()), queries.successors(u.id()));
    }

    @GetMapping("/{code}/successors")
    @Operation(summary = "The units valid on asOf that took over this unit's territory")
    List<UnitJson> successors(@PathVariable String code, @RequestParam(required = false) String asOf,
                              @RequestParam(required = false) String from) {
        LocalDate date = DateParams.asOf(asOf);
        LocalDate versionDate = from == null ? date : DateParams.asOf(from);
        UnitView u = queries.byCode(code, versionDate, access.current()).orElseThrow(NotFound::new);
        return queries.carryTo(u, date).stream().map(UnitJson::of).toList();
    }
}
