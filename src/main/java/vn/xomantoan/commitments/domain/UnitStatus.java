package vn.xomantoan.commitments.domain;

import java.time.LocalDate;

/**
 * A unit that signs in a unit-level campaign, as its checklist shows it on a date: where it sits and
 * its commitment, if any. {@link #signed()} counts only a commitment signed by that date.
 */
public record UnitStatus(long unitId, String code, String name, String parentName, Long commitmentId, LocalDate signedOn,
                         String signedBy, String recordedBy, Long rowVersion, LocalDate asOf) {

    public boolean recorded() {
        return commitmentId != null;
    }

    public boolean signed() {
        return commitmentId != null && !signedOn.isAfter(asOf);
    }
}
