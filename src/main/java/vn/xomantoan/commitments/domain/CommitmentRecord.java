package vn.xomantoan.commitments.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One household's commitment (or registration) for one campaign. */
public record CommitmentRecord(long id, long campaignId, long householdId, String areaCode, LocalDate signedOn,
                               String signedBy, String recordedBy, LocalDateTime recordedAt, long rowVersion) {
}
