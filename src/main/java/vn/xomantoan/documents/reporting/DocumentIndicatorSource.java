package vn.xomantoan.documents.reporting;

import org.springframework.stereotype.Component;
import vn.xomantoan.documents.DocumentType;
import vn.xomantoan.reporting.Breakdown;
import vn.xomantoan.reporting.FactCounter;
import vn.xomantoan.reporting.FactCounts;
import vn.xomantoan.reporting.FactSql;
import vn.xomantoan.reporting.Indicator;
import vn.xomantoan.reporting.IndicatorQuery;
import vn.xomantoan.reporting.IndicatorSource;
import vn.xomantoan.reporting.Measure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Steering documents by type and by the level of the issuing unit (central documents belong to no unit). */
@Component
class DocumentIndicatorSource implements IndicatorSource {

    private static final String LIST = "/documents?unitId={unitId}&from={from}&to={to}&type=";
    private static final List<String> LEVELS = List.of("PROVINCE", "DISTRICT", "COMMUNE");

    private final FactCounter counter;

    DocumentIndicatorSource(FactCounter counter) {
        this.counter = counter;
    }

    @Override
    public List<Indicator> indicators() {
        List<Indicator> list = new ArrayList<>();
        for (DocumentType t : DocumentType.values()) {
            list.add(Indicator.flow("documents." + t.name(), "documents", Measure.COUNT, LIST + t.name()));
        }
        for (String type : List.of("PLAN", "NOTICE")) {
            for (String level : LEVELS) {
                list.add(Indicator.flow("documents." + type + "." + level, "documents", Measure.COUNT, LIST + type));
            }
        }
        return list;
    }

    @Override
    public Map<String, Breakdown> compute(IndicatorQuery q) {
        FactCounts c = counter.run(q, FactSql.of("document r JOIN unit_version u ON u.id = r.unit_id",
                "r.issued_on >= :periodFrom AND r.issued_on <= :periodTo", "CONCAT(CONCAT(r.doc_type, '|'), u.level)",
                List.of()));
        Map<String, Breakdown> v = new HashMap<>();
        for (DocumentType t : DocumentType.values()) {
            v.put("documents." + t.name(), c.count(g -> g.startsWith(t.name() + "|")));
        }
        for (String type : List.of("PLAN", "NOTICE")) {
            for (String level : LEVELS) {
                v.put("documents." + type + "." + level, c.count(type + "|" + level));
            }
        }
        return v;
    }
}
