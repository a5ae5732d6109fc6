package vn.xomantoan.documents;

import vn.xomantoan.activities.LedgerColumn;
import vn.xomantoan.activities.LedgerKind;

import java.util.List;
import java.util.Map;

public final class DocumentLedgers {

    /**
     * Documents: central ones (no unit) are read by everyone; those of a unit are read by the users of
     * its subtree and, read-only, by the users of every unit below it (a province's plan reaches its
     * communes); only users whose scope contains the issuing unit change them.
     */
    private DocumentLedgers() {
    }

    public static final LedgerKind DOCUMENTS = new LedgerKind("documents", "documents.title", "/documents", "document r",
            "r.issued_on", null, "r.doc_type", "document.type.", LedgerKind.names(DocumentType.class), List.of(),
            List.of(LedgerColumn.text("number", "documents.col.number", "r.number"),
                    LedgerColumn.date("issuedOn", "documents.col.issuedOn", "r.issued_on"),
                    LedgerColumn.label("type", "documents.col.type", "r.doc_type", "document.type."),
                    LedgerColumn.text("issuer", "documents.col.issuer", "r.issuer"),
                    LedgerColumn.text("summary", "documents.col.summary", "r.summary"),
                    LedgerColumn.number("attachments", "documents.col.attachments",
                            "(SELECT COUNT(*) FROM attachment a WHERE a.owner_type = 'DOCUMENT' AND a.owner_id = r.id)")),
            Map.of(), true, "/documents/{id}", true);
}
