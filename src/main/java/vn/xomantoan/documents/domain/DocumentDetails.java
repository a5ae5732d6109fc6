package vn.xomantoan.documents.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.xomantoan.activities.LedgerQueries;
import vn.xomantoan.documents.DocumentLedgers;
import vn.xomantoan.shared.NotFound;

import java.time.LocalDate;
import java.util.List;

/** One document with its legal basis (and the documents based on it), inside the caller's scope. */
@Service
public class DocumentDetails {

    public record Link(long id, String number, LocalDate issuedOn, String type) {
    }

    public record Detail(long id, String number, String type, LocalDate issuedOn, String issuer, String unitName, String summary,
                         List<Link> basis, List<Link> basedOnThis, List<Long> activityIds) {
    }

    private final JdbcClient jdbc;
    private final LedgerQueries ledger;

    DocumentDetails(JdbcClient jdbc, LedgerQueries ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    public Detail load(long id) {
        if (!ledger.visible(DocumentLedgers.DOCUMENTS, id)) {
            throw new NotFound();
        }
        List<Link> basis = links("SELECT d.id, d.number, d.issued_on, d.doc_type FROM document_basis b JOIN document d ON d.id = b.basis_id WHERE b.document_id = :id ORDER BY d.issued_on", id);
        List<Link> based = links("SELECT d.id, d.number, d.issued_on, d.doc_type FROM document_basis b JOIN document d ON d.id = b.document_id WHERE b.basis_id = :id ORDER BY d.issued_on", id)
                .stream().filter(l -> ledger.visible(DocumentLedgers.DOCUMENTS, l.id())).toList();
        List<Long> activities = jdbc.sql("SELECT activity_id FROM document_activity WHERE document_id = :id ORDER BY activity_id")
                .param("id", id).query(Long.class).list();
        return jdbc.sql("""
                        SELECT r.id, r.number, r.doc_type, r.issued_on, r.issuer, u.name, r.summary
                        FROM document r LEFT JOIN unit_version u ON u.id = r.unit_id WHERE r.id = :id""").param("id", id)
                .query((rs, n) -> new Detail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getString(6), rs.getString(7), basis, based, activities)).single();
    }

    private List<Link> links(String sql, long id) {
        return jdbc.sql(sql).param("id", id)
                .query((rs, n) -> new Link(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4))).list();
    }
}
