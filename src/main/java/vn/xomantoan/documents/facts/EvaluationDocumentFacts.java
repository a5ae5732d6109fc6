package vn.xomantoan.documents.facts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.evaluation.DocumentFacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolutions and plans filed under a unit as facts for the "by the end of the first quarter"
 * criteria (KDC-1a, XA-1, CQ-1, GD-1). Only the unit's own documents count: a Party-cell resolution
 * of a residential area is not the commune Party committee's.
 */
@Component
@ConditionalOnProperty(name = "xomantoan.evaluation.live-facts", havingValue = "true", matchIfMissing = true)
public class EvaluationDocumentFacts implements DocumentFacts {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;

    EvaluationDocumentFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Document>> documents(Collection<String> unitCodes, int year) {
        Map<String, List<Document>> result = new HashMap<>();
        List<String> codes = List.copyOf(unitCodes);
        for (int start = 0; start < codes.size(); start += CHUNK) {
            jdbc.sql("""
                            SELECT d.id, d.doc_type, d.number, d.issued_on, d.issuer, u.code
                            FROM document d JOIN unit_version u ON u.id = d.unit_id
                            WHERE d.doc_type IN ('RESOLUTION', 'PLAN') AND d.issued_on >= :from AND d.issued_on <= :to
                              AND u.code IN (:codes)
                            ORDER BY d.issued_on, d.id""")
                    .param("from", LocalDate.of(year, 1, 1))
                    .param("to", LocalDate.of(year, 12, 31))
                    .param("codes", codes.subList(start, Math.min(codes.size(), start + CHUNK)))
                    .query(rs -> {
                        String id = Long.toString(rs.getLong(1));
                        result.computeIfAbsent(rs.getString(6), k -> new ArrayList<>()).add(new Document(id,
                                Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5),
                                "/documents/" + id));
                    });
        }
        return result;
    }
}
