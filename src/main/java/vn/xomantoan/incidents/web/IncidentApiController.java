package vn.xomantoan.incidents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.incidents.domain.IncidentAccess;
import vn.xomantoan.incidents.domain.IncidentDraft;
import vn.xomantoan.incidents.domain.IncidentRecord;
import vn.xomantoan.incidents.domain.IncidentService;
import vn.xomantoan.incidents.domain.IncidentStatistics;
import vn.xomantoan.incidents.domain.StatsRow;
import vn.xomantoan.incidents.domain.StatsTable;
import vn.xomantoan.incidents.jdbc.IncidentQueries;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.paging.Page;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The log and its statistics as JSON, with the same role, scope and read-logging rules as the pages. */
@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Tình hình ANTT / Incidents")
class IncidentApiController {

    private final IncidentService service;
    private final IncidentQueries queries;
    private final IncidentStatistics statistics;
    private final IncidentAccess access;
    private final UnitCatalog units;
    private final AuditLog audit;
    private final Messages messages;

    IncidentApiController(IncidentService service, IncidentQueries queries, IncidentStatistics statistics,
                          IncidentAccess access, UnitCatalog units, AuditLog audit, Messages messages) {
        this.service = service;
        this.queries = queries;
        this.statistics = statistics;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.messages = messages;
    }

    record IncidentInput(String occurredOn, String occurredAt, Long placeId, String placeCode, String perpetratorAreaCode,
                         String category, String subcategory, Integer penalArticle, Integer penalClause, String grade,
                         Boolean forceMajeure, Boolean handledPromptly, String excuseDecidedBy, String excuseReason,
                         String status, Integer victims, Integer personsInvolved, Long householdId, Long keyPersonId,
                         String summary) {
    }

    record Created(long id) {
    }

    record PageJson<T>(List<T> items, int page, int size, long total) {
    }

    record StatsJson(String unit, String unitName, LocalDate from, LocalDate to, LocalDate previousFrom,
                     LocalDate previousTo, LocalDate hierarchyOn, String groupBy, List<String> categories,
                     List<StatsLine> rows, StatsLine total) {
    }

    record StatsLine(String key, String code, String name, long current, long previous, long change,
                     Double changePercent, double pValue, boolean significant, String assessment) {
    }

    @GetMapping
    @Operation(summary = "Incidents in scope, filtered by unit code (as of the period end), period, category and crime class")
    @Transactional
    PageJson<IncidentRecord> list(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to, @RequestParam(required = false) List<String> category,
                                  @RequestParam(required = false, name = "class") String crimeClass,
                                  @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        UnitScope scope = access.requirePolice();
        if (size < 1 || size > 200) {
            throw ValidationFailure.of("size", "incidents.error.pageSize");
        }
        Long unitId = null;
        if (unit != null && !unit.isBlank()) {
            LocalDate t = WebParams.date("to", to, LocalDate.now());
            unitId = units.validOn(unit.trim(), IncidentStatistics.asOf(t), scope).map(UnitView::id).orElseThrow(NotFound::new);
        }
        ListRequest req = ListRequest.of(unitId, null, from, to, category, crimeClass, q, "date", page, size, units, scope);
        Page<IncidentRecord> result = queries.search(req.filter(), scope);
        result.items().forEach(r -> audit.recordRead(IncidentService.ENTITY, r.id(), "API: danh sách vụ việc"));
        return new PageJson<>(result.items(), result.page(), result.size(), result.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One incident (the read is logged)")
    IncidentRecord one(@PathVariable long id) {
        return service.read(id, "API: xem vụ việc");
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an incident; the place is placeId (unit version) or placeCode (read on the incident date)")
    Created create(@RequestBody IncidentInput in) {
        LocalDate date = WebParams.date("occurredOn", in.occurredOn(), null);
        LocalTime time;
        try {
            time = in.occurredAt() == null || in.occurredAt().isBlank() ? null : LocalTime.parse(in.occurredAt());
        } catch (RuntimeException e) {
            throw ValidationFailure.of("occurredAt", "incidents.error.time", in.occurredAt());
        }
        return new Created(service.create(new IncidentDraft(date, time, in.placeId(), in.placeCode(), in.perpetratorAreaCode(),
                in.category(), in.subcategory(), in.penalArticle(), in.penalClause(), in.grade(),
                Boolean.TRUE.equals(in.forceMajeure()), Boolean.TRUE.equals(in.handledPromptly()), in.excuseDecidedBy(),
                in.excuseReason(), in.status(), in.victims(), in.personsInvolved(), in.householdId(), in.keyPersonId(),
                in.summary())));
    }

    @GetMapping("/stats")
    @Operation(summary = "This period against the same period a year earlier, per child unit (hierarchy of the period end) or per category")
    StatsJson stats(@RequestParam String unit, @RequestParam String from, @RequestParam String to,
                    @RequestParam(defaultValue = "previous-year") String compareTo,
                    @RequestParam(defaultValue = "child") String groupBy, @RequestParam(required = false) List<String> category) {
        UnitScope scope = access.requirePolice();
        if (!"previous-year".equals(compareTo)) {
            throw ValidationFailure.of("compareTo", "incidents.error.compareTo");
        }
        if (!IncidentStatistics.BY_CHILD.equals(groupBy) && !IncidentStatistics.BY_CATEGORY.equals(groupBy)) {
            throw ValidationFailure.of("groupBy", "incidents.error.groupBy");
        }
        LocalDate f = WebParams.date("from", from, null);
        LocalDate t = WebParams.date("to", to, null);
        if (f == null || t == null) {
            throw ValidationFailure.of("from", "incidents.error.period");
        }
        UnitView u = units.validOn(unit.trim(), IncidentStatistics.asOf(t), scope).orElseThrow(NotFound::new);
        StatsTable table = statistics.compute(u, f, t, category, groupBy, scope);
        return new StatsJson(u.code(), u.name(), table.from(), table.to(), table.previousFrom(), table.previousTo(),
                table.asOf(), table.groupBy(), table.categories(), table.rows().stream().map(this::line).toList(),
                line(table.total()));
    }

    private StatsLine line(StatsRow r) {
        return new StatsLine(r.key(), r.code(), r.name(), r.current(), r.previous(), r.change(), r.changePercent(),
                r.pValue(), r.significant(), StatsView.assessment(r, messages));
    }
}
