package vn.xomantoan.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Movement models of units (XA-1b, CQ-1e, GD-1e), supplied by the honours capability. */
public interface ModelFacts {

    /**
     * For each unit code, the models built, consolidated or maintained in {@code year}, with the
     * year's rating. Units without models may be absent or map to an empty list.
     */
    Map<String, List<Model>> models(Collection<String> unitCodes, int year);

    /** @param effective the year's rating says the model works effectively */
    record Model(String id, String name, boolean effective, String href) {
        public FactRef ref() {
            return new FactRef(id, name, href);
        }
    }
}
