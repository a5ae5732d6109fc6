package vn.xomantoan.commitments.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A household broke its commitment of a campaign. */
public record Breach(long id, long campaignId, int year, long householdId, String areaCode, LocalDate occurredOn,
                     String description, Long incidentId, String recordedBy, LocalDateTime recordedAt) {
}
