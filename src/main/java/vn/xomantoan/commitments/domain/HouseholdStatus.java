package vn.xomantoan.commitments.domain;

import java.time.LocalDate;

/**
 * A household resident in an area on a date, with its commitment for the campaign (if signed by
 * then). {@code notYetDue}: moved in after the deadline, unsigned, and still within its grace period.
 */
public record HouseholdStatus(long householdId, String headName, int members, LocalDate arrived, Long commitmentId,
                              LocalDate signedOn, String signedBy, String recordedBy, Long rowVersion, boolean notYetDue,
                              LocalDate graceUntil, int breaches) {

    public boolean signed() {
        return commitmentId != null;
    }
}
