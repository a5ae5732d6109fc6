package vn.xomantoan.documents.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.activities.FormField;
import vn.xomantoan.activities.FormInput;
import vn.xomantoan.activities.FormValues;
import vn.xomantoan.activities.LedgerFormSpec;
import vn.xomantoan.activities.LedgerKind;
import vn.xomantoan.activities.WriteAccess;
import vn.xomantoan.documents.DocumentDraft;
import vn.xomantoan.documents.DocumentLedgers;
import vn.xomantoan.documents.DocumentType;
import vn.xomantoan.documents.domain.DocumentService;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The document form: number, type, date, issuer, issuing unit (blank for a central document),
 * summary, legal basis by number, related units, and one attachment checked by content.
 */
@Component
class DocumentFormSpec implements LedgerFormSpec {

    private final DocumentService service;
    private final JdbcClient jdbc;
    private final WriteAccess access;

    DocumentFormSpec(DocumentService service, JdbcClient jdbc, WriteAccess access) {
        this.service = service;
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public LedgerKind kind() {
        return DocumentLedgers.DOCUMENTS;
    }

    @Override
    public String basePath() {
        return "/documents";
    }

    @Override
    public String titleKey() {
        return "documents.form.noun";
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.text("number", "documents.col.number").help("documents.form.numberHelp"),
                FormField.choice("type", "documents.col.type", "document.type.", LedgerKind.names(DocumentType.class)),
                FormField.date("issuedOn", "documents.col.issuedOn"),
                FormField.text("issuer", "documents.col.issuer"),
                FormField.unit("unit", "documents.form.unit").optional().help("documents.form.unitHelp"),
                FormField.text("basis", "documents.basis").optional().help("documents.form.basisHelp"),
                FormField.textarea("summary", "documents.col.summary"),
                FormField.text("relatedUnits", "documents.form.relatedUnits").optional().help("ledger.form.listHelp"),
                FormField.file("file", "attachment.title"));
    }

    @Override
    public Map<String, String> defaults() {
        FormValues v = new FormValues().put("issuedOn", LocalDate.now());
        access.home().ifPresent(u -> v.put("unit", u.code()));
        return v.map();
    }

    @Override
    public Stored load(long id) {
        service.requireEditable(id);
        Map<String, Object> r = jdbc.sql("""
                        SELECT d.*, u.code AS unit_code FROM document d LEFT JOIN unit_version u ON u.id = d.unit_id WHERE d.id = :id""")
                .param("id", id).query().singleRow();
        List<String> basis = jdbc.sql("""
                        SELECT b.number FROM document_basis x JOIN document b ON b.id = x.basis_id WHERE x.document_id = :id ORDER BY b.issued_on""")
                .param("id", id).query(String.class).list();
        List<String> units = jdbc.sql("""
                        SELECT u.code FROM document_unit x JOIN unit_version u ON u.id = x.unit_id WHERE x.document_id = :id ORDER BY u.code""")
                .param("id", id).query(String.class).list();
        FormValues v = new FormValues().put("number", r.get("number")).put("type", r.get("doc_type")).put("issuedOn", r.get("issued_on"))
                .put("issuer", r.get("issuer")).put("unit", r.get("unit_code")).put("summary", r.get("summary"))
                .put("basis", String.join(", ", basis)).put("relatedUnits", String.join(", ", units));
        return new Stored(v.map(), ((Number) r.get("row_version")).longValue());
    }

    private static DocumentDraft draft(FormInput in) {
        return new DocumentDraft(in.text("number"), in.text("type"), in.text("issuedOn"), in.text("issuer"), in.text("unit"),
                in.text("summary"), in.list("basis"), List.of(), null, in.list("relatedUnits"));
    }

    @Override
    public long create(FormInput in) {
        FormInput.Upload file = in.file("file");
        return service.create(draft(in), file == null ? null : file.fileName(), file == null ? null : file.bytes());
    }

    @Override
    public void update(long id, long rowVersion, FormInput in) {
        FormInput.Upload file = in.file("file");
        service.update(id, rowVersion, draft(in), file == null ? null : file.fileName(), file == null ? null : file.bytes());
    }
}
