package vn.xomantoan.incidents.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.incidents.domain.IncidentAccess;
import vn.xomantoan.incidents.domain.IncidentRecord;
import vn.xomantoan.incidents.domain.IncidentService;
import vn.xomantoan.incidents.domain.ReferenceData;
import vn.xomantoan.incidents.jdbc.IncidentQueries;
import vn.xomantoan.shared.web.Messages;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitCatalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The filtered log as XLSX (Vietnamese headers); every exported record is a logged read. */
@Controller
class IncidentExportController {

    static final int MAX_ROWS = 50_000;

    private final IncidentQueries queries;
    private final IncidentAccess access;
    private final UnitCatalog units;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Messages messages;

    IncidentExportController(IncidentQueries queries, IncidentAccess access, UnitCatalog units, ReferenceData reference,
                             AuditLog audit, Messages messages) {
        this.queries = queries;
        this.access = access;
        this.units = units;
        this.reference = reference;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/incidents/export.xlsx")
    @Transactional
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long unit, @RequestParam(required = false) String asOf,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) List<String> category,
                                  @RequestParam(required = false) String crimeClass, @RequestParam(required = false) String q) {
        UnitScope scope = access.requirePolice();
        ListRequest req = ListRequest.of(unit, asOf, from, to, category, crimeClass, q, "date", 0, MAX_ROWS, units, scope);
        List<IncidentRecord> records = queries.all(req.filter(), scope, MAX_ROWS);
        Map<String, String> names = reference.names();
        List<String> header = Arrays.stream(new String[]{"id", "date", "time", "placeCode", "place", "parent", "category",
                        "subcategory", "penal", "crimeClass", "grade", "serious", "forceMajeure", "handledPromptly", "status",
                        "victims", "personsInvolved", "summary"})
                .map(k -> messages.get("incidents.column." + k)).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (IncidentRecord r : records) {
            audit.recordRead(IncidentService.ENTITY, r.id(), "Xuất Excel danh sách vụ việc");
            rows.add(Arrays.asList(r.id(), WebDates.format(r.occurredOn()),
                    r.occurredAtTime() == null ? "" : r.occurredAtTime().toString(), r.placeCode(), r.placeName(),
                    r.placeParentName(), names.get(r.categoryCode()),
                    r.subcategoryCode() == null ? "" : names.get(r.subcategoryCode()),
                    r.penalArticle() == null ? "" : messages.get("incidents.penalText", r.penalArticle(), r.penalClause()),
                    r.crimeClass() == null ? "" : messages.get("incidents.class." + r.crimeClass()),
                    r.gradeCode() == null ? "" : names.get(r.gradeCode()),
                    messages.get(r.serious() ? "common.yes" : "common.no"),
                    messages.get(r.forceMajeure() ? "common.yes" : "common.no"),
                    messages.get(r.handledPromptly() ? "common.yes" : "common.no"),
                    messages.get("incidents.status." + r.status()), r.victims(), r.personsInvolved(), r.summary()));
        }
        return Xlsx.response("vu-viec-antt.xlsx", "Vụ việc", header, rows);
    }
}
