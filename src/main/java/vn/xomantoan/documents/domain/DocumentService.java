package vn.xomantoan.documents.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.activities.ActivityLedgers;
import vn.xomantoan.activities.Checks;
import vn.xomantoan.activities.LedgerQueries;
import vn.xomantoan.activities.WriteAccess;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.documents.DocumentDraft;
import vn.xomantoan.documents.DocumentLedgers;
import vn.xomantoan.documents.DocumentType;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Records documents with their legal basis, related activities and units. */
@Service
public class DocumentService {

    /** Số/ký hiệu: a number, then a symbol after "/" or "-" (36/KH-CAT, 23-TT/TU, 23/2012/TT-BCA). */
    static final Pattern NUMBER = Pattern.compile("^\\d+[-/][\\p{L}\\d][\\p{L}\\d./-]*$");

    private final JdbcClient jdbc;
    private final WriteAccess access;
    private final AccessScope scope;
    private final AuditLog audit;
    private final LedgerQueries ledger;

    DocumentService(JdbcClient jdbc, WriteAccess access, AccessScope scope, AuditLog audit, LedgerQueries ledger) {
        this.jdbc = jdbc;
        this.access = access;
        this.scope = scope;
        this.audit = audit;
        this.ledger = ledger;
    }

    @Transactional
    public long create(DocumentDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        Checks c = new Checks(access);
        String number = c.text("number", d.number(), 60);
        if (number != null && !NUMBER.matcher(number).matches()) {
            c.add("number", "documents.error.number", number);
        }
        DocumentType type = c.choice("type", d.type(), DocumentType.class, true);
        LocalDate issuedOn = c.date("issuedOn", d.issuedOn(), true);
        String issuer = c.text("issuer", d.issuer(), 300);
        String summary = c.text("summary", d.summary(), 2000);
        UnitView unit = null;
        if (d.unitCode() == null || d.unitCode().isBlank()) {
            if (!scope.hasRole(Role.ADMIN, Role.PROVINCE_OFFICER)) {
                throw new Forbidden();
            }
        } else {
            unit = c.unit("unit", d.unitCode(), issuedOn, true);
        }
        if (number != null && issuedOn != null && issuer != null) {
            long same = jdbc.sql("""
                            SELECT COUNT(*) FROM document WHERE number = :n AND issuer = :i AND EXTRACT(YEAR FROM issued_on) = :y""")
                    .param("n", number).param("i", issuer).param("y", issuedOn.getYear()).query(Long.class).single();
            if (same > 0) {
                c.add("number", "documents.error.duplicate", number, issuedOn.getYear());
            }
        }
        List<Long> basis = new ArrayList<>();
        if (d.basisIds() != null) {
            for (Long id : d.basisIds()) {
                if (id == null || !ledger.visible(DocumentLedgers.DOCUMENTS, id)) {
                    c.add("basis", "documents.error.unknownBasis", String.valueOf(id));
                } else {
                    basis.add(id);
                }
            }
        }
        if (d.basisNumbers() != null) {
            for (String n : d.basisNumbers()) {
                List<Long> found = jdbc.sql("SELECT id FROM document WHERE number = :n ORDER BY issued_on DESC")
                        .param("n", VietnameseText.clean(n)).query(Long.class).list().stream()
                        .filter(id -> ledger.visible(DocumentLedgers.DOCUMENTS, id)).toList();
                if (found.isEmpty()) {
                    c.add("basis", "documents.error.unknownBasis", n);
                } else {
                    basis.add(found.get(0));
                }
            }
        }
        if (issuedOn != null && !basis.isEmpty()) {
            Map<String, Object> p = new HashMap<>();
            p.put("ids", basis);
            p.put("d", issuedOn);
            long later = jdbc.sql("SELECT COUNT(*) FROM document WHERE id IN (:ids) AND issued_on > :d").params(p).query(Long.class).single();
            if (later > 0) {
                c.add("basis", "documents.error.basisLater");
            }
        }
        List<Long> activities = new ArrayList<>();
        if (d.activityIds() != null) {
            for (Long a : d.activityIds()) {
                if (a == null || !ledger.visible(ActivityLedgers.ACTIVITIES, a)) {
                    c.add("activities", "documents.error.unknownActivity", String.valueOf(a));
                } else {
                    activities.add(a);
                }
            }
        }
        List<Long> units = new ArrayList<>();
        if (d.relatedUnitCodes() != null) {
            for (String code : d.relatedUnitCodes()) {
                UnitView u = c.unit("relatedUnits", code, issuedOn, true);
                if (u != null && !units.contains(u.id())) {
                    units.add(u.id());
                }
            }
        }
        c.throwIfAny();
        Map<String, Object> p = new HashMap<>();
        p.put("number", number);
        p.put("type", type.name());
        p.put("on", issuedOn);
        p.put("issuer", issuer);
        p.put("unit", unit == null ? null : unit.id());
        p.put("summary", summary);
        p.put("sk", VietnameseText.searchKey(number + " " + issuer + " " + summary));
        p.put("so", VietnameseText.sortKey(number));
        p.put("at", LocalDateTime.now());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO document (number, doc_type, issued_on, issuer, unit_id, summary, search_key, sort_key, created_at)
                        VALUES (:number, :type, :on, :issuer, :unit, :summary, :sk, :so, :at)""").params(p).update(keys, "id");
        long id = keys.getKey().longValue();
        basis.stream().distinct().forEach(b -> jdbc.sql("INSERT INTO document_basis (document_id, basis_id) VALUES (:d, :b)")
                .param("d", id).param("b", b).update());
        activities.stream().distinct().forEach(a -> jdbc.sql("INSERT INTO document_activity (document_id, activity_id) VALUES (:d, :a)")
                .param("d", id).param("a", a).update());
        units.forEach(u -> jdbc.sql("INSERT INTO document_unit (document_id, unit_id) VALUES (:d, :u)").param("d", id).param("u", u).update());
        audit.record(AuditAction.CREATE, "Document", id, "Ghi nhận văn bản " + number + " ngày " + WebDates.format(issuedOn) + " của " + issuer,
                null, d);
        return id;
    }
}
