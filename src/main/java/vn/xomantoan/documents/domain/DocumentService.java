package vn.xomantoan.documents.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.activities.ActivityLedgers;
import vn.xomantoan.activities.Attachments;
import vn.xomantoan.activities.Checks;
import vn.xomantoan.activities.Revisions;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
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
    private final Attachments attachments;

    public static final String OWNER = "DOCUMENT";

    DocumentService(JdbcClient jdbc, WriteAccess access, AccessScope scope, AuditLog audit, LedgerQueries ledger,
                    Attachments attachments) {
        this.attachments = attachments;
        this.jdbc = jdbc;
        this.access = access;
        this.scope = scope;
        this.audit = audit;
        this.ledger = ledger;
    }

    /** A checked document, ready to store. */
    private record Valid(Map<String, Object> columns, String number, LocalDate issuedOn, String issuer, List<Long> basis,
                         List<Long> activities, List<Long> units) {
    }

    @Transactional
    public long create(DocumentDraft d) {
        return create(d, null, null);
    }

    /**
     * Records a document and, when a file is given, its attachment, in one transaction: a refused
     * file (renamed executable, zip bomb, too large) stores neither.
     */
    @Transactional
    public long create(DocumentDraft d, String fileName, byte[] file) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        Valid v = validate(d, null, fileName, file);
        Map<String, Object> columns = new HashMap<>(v.columns());
        columns.put("created_at", LocalDateTime.now());
        long id = Revisions.insert(jdbc, "document", columns);
        insertLinks(id, v, true);
        audit.record(AuditAction.CREATE, "Document", id, "Ghi nhận văn bản " + v.number() + " ngày " + WebDates.format(v.issuedOn())
                + " của " + v.issuer(), null, d);
        if (file != null && file.length > 0) {
            attachments.store(OWNER, id, fileName, file);
        }
        return id;
    }

    /**
     * Saves a corrected document from the version the user started from. Only documents of the
     * caller's own scope are changed (central ones by the province); documents of a unit above are
     * read-only (403). Related activities not named in the draft are kept.
     */
    @Transactional
    public void update(long id, long rowVersion, DocumentDraft d, String fileName, byte[] file) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        requireEditable(id);
        Valid v = validate(d, id, fileName, file);
        Map<String, Object> before = Revisions.update(jdbc, "document", id, rowVersion, v.columns());
        jdbc.sql("DELETE FROM document_basis WHERE document_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM document_unit WHERE document_id = :id").param("id", id).update();
        if (d.activityIds() != null) {
            jdbc.sql("DELETE FROM document_activity WHERE document_id = :id").param("id", id).update();
        }
        insertLinks(id, v, d.activityIds() != null);
        audit.record(AuditAction.UPDATE, "Document", id, "Sửa văn bản " + v.number() + " ngày " + WebDates.format(v.issuedOn())
                + " của " + v.issuer(), before, d);
        if (file != null && file.length > 0) {
            attachments.store(OWNER, id, fileName, file);
        }
    }

    /** Readable documents answer 404 when out of sight; those the caller may read but not change answer 403. */
    public void requireEditable(long id) {
        if (!ledger.visible(DocumentLedgers.DOCUMENTS, id)) {
            throw new NotFound();
        }
        if (!canEdit(id)) {
            throw new Forbidden();
        }
    }

    /** The caller may change the document: it belongs to a unit of their scope, or it is central and they are province staff. */
    public boolean canEdit(long id) {
        if (scope.role().map(Role::readOnly).orElse(true) || scope.hasRole(Role.AREA_HEAD)) {
            return false;
        }
        Long unit = jdbc.sql("SELECT unit_id FROM document WHERE id = :id").param("id", id).query(Long.class).optional().orElse(null);
        if (unit == null) {
            return scope.hasRole(Role.ADMIN, Role.PROVINCE_OFFICER);
        }
        return ledger.editable(DocumentLedgers.DOCUMENTS, id);
    }

    private void insertLinks(long id, Valid v, boolean activities) {
        v.basis().stream().distinct().forEach(b -> jdbc.sql("INSERT INTO document_basis (document_id, basis_id) VALUES (:d, :b)")
                .param("d", id).param("b", b).update());
        if (activities) {
            v.activities().stream().distinct().forEach(a -> jdbc.sql("INSERT INTO document_activity (document_id, activity_id) VALUES (:d, :a)")
                    .param("d", id).param("a", a).update());
        }
        v.units().forEach(u -> jdbc.sql("INSERT INTO document_unit (document_id, unit_id) VALUES (:d, :u)").param("d", id).param("u", u).update());
    }

    private Valid validate(DocumentDraft d, Long self, String fileName, byte[] file) {
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
                            SELECT COUNT(*) FROM document WHERE number = :n AND issuer = :i AND EXTRACT(YEAR FROM issued_on) = :y
                            AND id <> :self""")
                    .param("n", number).param("i", issuer).param("y", issuedOn.getYear()).param("self", self == null ? -1L : self)
                    .query(Long.class).single();
            if (same > 0) {
                c.add("number", "documents.error.duplicate", number, issuedOn.getYear());
            }
        }
        List<Long> basis = new ArrayList<>();
        if (d.basisIds() != null) {
            for (Long id : d.basisIds()) {
                if (id == null || id.equals(self) || !ledger.visible(DocumentLedgers.DOCUMENTS, id)) {
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
                        .filter(id -> !id.equals(self) && ledger.visible(DocumentLedgers.DOCUMENTS, id)).toList();
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
        if (file != null && file.length > 0) {
            try {
                attachments.check(fileName, file);
            } catch (ValidationFailure e) {
                e.problems().forEach(p -> c.add(p.field(), p.messageKey(), p.args()));
            }
        }
        c.throwIfAny();
        Map<String, Object> p = new HashMap<>();
        p.put("number", number);
        p.put("doc_type", type.name());
        p.put("issued_on", issuedOn);
        p.put("issuer", issuer);
        p.put("unit_id", unit == null ? null : unit.id());
        p.put("summary", summary);
        p.put("search_key", VietnameseText.searchKey(number + " " + issuer + " " + summary));
        p.put("sort_key", VietnameseText.sortKey(number));
        return new Valid(p, number, issuedOn, issuer, basis, activities, units);
    }
}
