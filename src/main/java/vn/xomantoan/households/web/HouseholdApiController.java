package vn.xomantoan.households.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.households.Gender;
import vn.xomantoan.households.HouseholdView;
import vn.xomantoan.households.ResidenceView;
import vn.xomantoan.households.domain.HouseholdAccess;
import vn.xomantoan.households.domain.HouseholdDraft;
import vn.xomantoan.households.domain.HouseholdQueries;
import vn.xomantoan.households.domain.HouseholdRow;
import vn.xomantoan.households.domain.HouseholdSearch;
import vn.xomantoan.households.domain.HouseholdService;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitView;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Households as JSON, with the same scope rules as the pages; every read is logged as a personal-data read. */
@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "Hộ gia đình / Households")
class HouseholdApiController {

    private final HouseholdQueries queries;
    private final HouseholdService service;
    private final HouseholdAccess access;
    private final UnitPicker picker;
    private final AuditLog audit;

    HouseholdApiController(HouseholdQueries queries, HouseholdService service, HouseholdAccess access, UnitPicker picker,
                           AuditLog audit) {
        this.queries = queries;
        this.service = service;
        this.access = access;
        this.picker = picker;
        this.audit = audit;
    }

    record HouseholdJson(long id, String headName, Gender headGender, String houseNo, String street, int members, String phone,
                         LocalDate movedIn, LocalDate movedOut, String areaCode, String areaName) {
        static HouseholdJson of(HouseholdRow r) {
            return new HouseholdJson(r.id(), r.headName(), r.headGender(), r.houseNo(), r.street(), r.members(), r.phone(),
                    r.movedIn(), r.movedOut(), r.areaCode(), r.areaName());
        }
    }

    record HouseholdDetailJson(long id, String headName, Gender headGender, String houseNo, String street, int members,
                               String phone, LocalDate movedIn, LocalDate movedOut, String note, String areaCode,
                               long rowVersion, List<ResidenceView> residences) {
    }

    record PageJson<T>(List<T> items, int page, int size, long total) {
    }

    /** The body of POST: dates as yyyy-MM-dd or dd/MM/yyyy, gender as MALE/FEMALE or Nam/Nữ. */
    record NewHousehold(String areaCode, String headName, String headGender, String houseNo, String street, Integer members,
                        String phone, String note, String movedIn) {
    }

    @GetMapping
    @Operation(summary = "Households living on asOf in a unit's subtree (unit=CODE, area=CODE), searched without diacritics")
    PageJson<HouseholdJson> list(@RequestParam(required = false) String unit, @RequestParam(required = false) String area,
                                 @RequestParam(required = false) String asOf, @RequestParam(required = false) String q,
                                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        if (size < 1 || size > 1000 || page < 0) {
            throw ValidationFailure.of("size", "households.error.pageSize");
        }
        UnitScope scope = access.scope();
        LocalDate date = UnitPicker.date(asOf);
        UnitView u = picker.unit(unit, date, scope);
        UnitView a = picker.area(area, date, scope);
        Page<HouseholdRow> result = queries.search(new HouseholdSearch(u.path(), a == null ? null : a.code(), date, q, page, size), scope);
        audit.recordRead("HouseholdList", (a == null ? u.code() : a.code()) + "@" + date, "API: danh sách hộ gia đình, trang " + page);
        return new PageJson<>(result.items().stream().map(HouseholdJson::of).toList(), result.page(), result.size(), result.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One household with its residence history")
    HouseholdDetailJson one(@PathVariable long id) {
        HouseholdView h = queries.byId(id, access.scope()).orElseThrow(NotFound::new);
        audit.recordRead("Household", id, "API: hồ sơ hộ gia đình");
        return new HouseholdDetailJson(h.id(), h.headName(), h.headGender(), h.houseNo(), h.street(), h.members(), h.phone(),
                h.movedIn(), h.movedOut(), h.note(), h.areaCode(), h.rowVersion(), queries.residences(id));
    }

    @PostMapping
    @Operation(summary = "Add a household to a residential area; problems come back as 400 with Vietnamese messages per field")
    ResponseEntity<HouseholdDetailJson> create(@RequestBody NewHousehold body) {
        access.requireHouseholdWriter();
        LocalDate movedIn;
        try {
            movedIn = WebDates.parse(body.movedIn(), null);
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of("movedIn", "error.badDate", body.movedIn());
        }
        Gender gender = Gender.parse(body.headGender()).orElse(null);
        if (gender == null && body.headGender() != null && !body.headGender().isBlank()) {
            throw ValidationFailure.of("headGender", "households.error.genderInvalid", body.headGender());
        }
        long id = service.register(body.areaCode(), movedIn, new HouseholdDraft(body.headName(), gender, body.houseNo(),
                body.street(), body.members(), body.phone(), body.note()));
        return ResponseEntity.created(URI.create("/api/v1/households/" + id)).body(one(id));
    }
}
