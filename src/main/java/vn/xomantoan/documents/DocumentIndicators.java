package vn.xomantoan.documents;

import org.springframework.stereotype.Service;
import vn.xomantoan.activities.LedgerFilter;
import vn.xomantoan.activities.LedgerGroup;
import vn.xomantoan.activities.LedgerQueries;
import vn.xomantoan.activities.LedgerRequest;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Documents by type for a unit subtree and period (central documents belong to no subtree). */
@Service
public class DocumentIndicators {

    private final LedgerQueries queries;

    DocumentIndicators(LedgerQueries queries) {
        this.queries = queries;
    }

    public Map<DocumentType, Long> byType(Long unitVersionId, LocalDate from, LocalDate to) {
        LedgerFilter filter = queries.resolve(DocumentLedgers.DOCUMENTS, new LedgerRequest(null, unitVersionId,
                from == null ? null : from.toString(), to == null ? null : to.toString(), null, null, 0, 1, null));
        Map<DocumentType, Long> map = new EnumMap<>(DocumentType.class);
        for (LedgerGroup g : queries.byDimension(DocumentLedgers.DOCUMENTS, filter, "type")) {
            map.put(DocumentType.valueOf(g.key()), g.count());
        }
        return map;
    }
}
