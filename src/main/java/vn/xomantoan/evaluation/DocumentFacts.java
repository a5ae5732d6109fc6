package vn.xomantoan.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The registration documents of units (KDC-1a, XA-1a, CQ-1a/b, GD-1a/b), supplied by the documents
 * capability.
 */
public interface DocumentFacts {

    /**
     * For each unit code, the documents of the given kinds that concern the unit's security work for
     * {@code year} (issued from 01/01 of the year; the rule checks the 31/03 deadline itself).
     */
    Map<String, List<Document>> documents(Collection<String> unitCodes, int year);

    enum Kind {
        /** Party-cell or Party-committee resolution on security and order. */
        RESOLUTION,
        /** Security and order plan of the People's Committee or the unit. */
        PLAN,
        /** Registration to strive for the standard (when kept as a document). */
        REGISTRATION
    }

    record Document(String id, Kind kind, String number, LocalDate issuedOn, String issuer, String href) {
        public FactRef ref() {
            return new FactRef(id, number + " (" + kind.name() + ")", href);
        }
    }
}
