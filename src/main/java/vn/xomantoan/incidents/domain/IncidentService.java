package vn.xomantoan.incidents.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.evaluation.FactsRecorded;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Records, corrects and reads incidents: scope and role checked, validated first, audited. */
@Service
public class IncidentService {

    public static final String ENTITY = "Incident";

    static final String SELECT = """
            SELECT i.id, i.occurred_on, i.occurred_at_time, i.unit_id, i.place_code, u.name AS place_name,
                   pu.name AS place_parent_name, i.perpetrator_area_code, i.category_code, i.subcategory_code,
                   i.penal_article, i.penal_clause, i.crime_class, i.grade_code, i.serious, i.force_majeure,
                   i.handled_promptly, i.excuse_decided_by, i.excuse_reason, i.status, i.victims, i.persons_involved,
                   i.household_id, i.key_person_id, i.summary, i.created_by, i.row_version
            FROM incident i JOIN unit_version u ON u.id = i.unit_id LEFT JOIN unit_version pu ON pu.id = u.parent_id
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final IncidentRules rules;
    private final IncidentAccess access;
    private final AuditLog audit;
    private final ReferenceData reference;

    IncidentService(JdbcClient jdbc, IncidentRules rules, IncidentAccess access, AuditLog audit, ReferenceData reference,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.rules = rules;
        this.access = access;
        this.audit = audit;
        this.reference = reference;
    }

    @Transactional
    public long create(IncidentDraft draft) {
        UnitScope scope = access.requirePolice();
        ValidIncident v = rules.validate(draft, scope);
        long id = insert(v, "Ghi nhận vụ việc");
        published(List.of(recorded(id, v)));
        return id;
    }

    /** Tells the other capabilities (the evaluation's monitoring) once the transaction commits. */
    void published(List<FactsRecorded.Recorded> incidents) {
        if (!incidents.isEmpty()) {
            events.publishEvent(new FactsRecorded(incidents));
        }
    }

    static FactsRecorded.Recorded recorded(long id, ValidIncident v) {
        return new FactsRecorded.Recorded(Long.toString(id), v.place().code(), v.occurredOn());
    }

    /** Writes an incident that already passed the rules (inside the caller's transaction). */
    long insert(ValidIncident v, String verb) {
        Map<String, Object> p = params(v);
        p.put("createdAt", LocalDateTime.now());
        p.put("createdBy", access.username());
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO incident (occurred_on, occurred_at_time, unit_id, place_code, perpetrator_area_code,
                            category_code, subcategory_code, penal_article, penal_clause, crime_class, grade_code, serious,
                            force_majeure, handled_promptly, excuse_decided_by, excuse_reason, status, victims,
                            persons_involved, household_id, key_person_id, summary, search_key, sort_key, created_at, created_by)
                        VALUES (:occurredOn, :occurredAt, :unitId, :placeCode, :perpetrator, :category, :subcategory,
                            :article, :clause, :crimeClass, :grade, :serious, :forceMajeure, :handledPromptly, :decidedBy,
                            :reason, :status, :victims, :persons, :householdId, :keyPersonId, :summary, :searchKey,
                            :sortKey, :createdAt, :createdBy)""")
                .params(p).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(AuditAction.CREATE, ENTITY, id, summary(verb, v), null, p);
        return id;
    }

    @Transactional
    public void update(long id, long rowVersion, IncidentDraft draft) {
        UnitScope scope = access.requirePolice();
        IncidentRecord before = find(id, scope);
        ValidIncident v = rules.validate(draft, scope);
        Map<String, Object> p = params(v);
        p.put("id", id);
        p.put("rowVersion", rowVersion);
        int updated = jdbc.sql("""
                        UPDATE incident SET occurred_on = :occurredOn, occurred_at_time = :occurredAt, unit_id = :unitId,
                            place_code = :placeCode, perpetrator_area_code = :perpetrator, category_code = :category,
                            subcategory_code = :subcategory, penal_article = :article, penal_clause = :clause,
                            crime_class = :crimeClass, grade_code = :grade, serious = :serious,
                            force_majeure = :forceMajeure, handled_promptly = :handledPromptly,
                            excuse_decided_by = :decidedBy, excuse_reason = :reason, status = :status, victims = :victims,
                            persons_involved = :persons, household_id = :householdId, key_person_id = :keyPersonId,
                            summary = :summary, search_key = :searchKey, sort_key = :sortKey, row_version = row_version + 1
                        WHERE id = :id AND row_version = :rowVersion""")
                .params(p).update();
        if (updated == 0) {
            throw new ConcurrentChange(find(id, scope));
        }
        audit.record(AuditAction.UPDATE, ENTITY, id, summary("Sửa vụ việc", v), before, p);
        published(List.of(recorded(id, v)));
    }

    /** One incident inside the scope; the read is logged (sensitive personal data). */
    @Transactional
    public IncidentRecord read(long id, String purpose) {
        IncidentRecord r = find(id, access.requirePolice());
        audit.recordRead(ENTITY, id, purpose);
        return r;
    }

    IncidentRecord find(long id, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return jdbc.sql(SELECT + " WHERE i.id = :id AND " + scope.sql("u.path", params))
                .params(params).query(IncidentRecord.class).optional().orElseThrow(NotFound::new);
    }

    private Map<String, Object> params(ValidIncident v) {
        Map<String, Object> p = new HashMap<>();
        p.put("occurredOn", v.occurredOn());
        p.put("occurredAt", v.occurredAt());
        p.put("unitId", v.place().id());
        p.put("placeCode", v.place().code());
        p.put("perpetrator", v.perpetratorAreaCode());
        p.put("category", v.category().code());
        p.put("subcategory", v.subcategory() == null ? null : v.subcategory().code());
        p.put("article", v.penalClause() == null ? null : v.penalClause().article());
        p.put("clause", v.penalClause() == null ? null : v.penalClause().clause());
        p.put("crimeClass", v.crimeClass() == null ? null : v.crimeClass().name());
        p.put("grade", v.grade() == null ? null : v.grade().code());
        p.put("serious", v.serious());
        p.put("forceMajeure", v.forceMajeure());
        p.put("handledPromptly", v.handledPromptly());
        p.put("decidedBy", v.excuseDecidedBy());
        p.put("reason", v.excuseReason());
        p.put("status", v.status());
        p.put("victims", v.victims());
        p.put("persons", v.personsInvolved());
        p.put("householdId", v.householdId());
        p.put("keyPersonId", v.keyPersonId());
        p.put("summary", v.summary());
        p.put("searchKey", searchKey(v.summary(), v.place().name(), v.place().code(),
                v.category().nameVi(), v.subcategory() == null ? "" : v.subcategory().nameVi()));
        p.put("sortKey", VietnameseText.sortKey(v.place().name()));
        return p;
    }

    public static String searchKey(String... parts) {
        String key = VietnameseText.searchKey(String.join(" ", parts));
        return key.length() > 1400 ? key.substring(0, 1400) : key;
    }

    private String summary(String verb, ValidIncident v) {
        return verb + " " + v.category().nameVi() + " ngày " + WebDates.format(v.occurredOn()) + " tại " + v.place().name();
    }

    public ReferenceData reference() {
        return reference;
    }
}
