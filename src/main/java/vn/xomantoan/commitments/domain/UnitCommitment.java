package vn.xomantoan.commitments.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One unit's commitment (or registration) for a campaign of residential areas, agencies, enterprises or schools. */
public record UnitCommitment(long id, long campaignId, String unitCode, LocalDate signedOn, String signedBy, String recordedBy,
                             LocalDateTime recordedAt, long rowVersion) {
}
