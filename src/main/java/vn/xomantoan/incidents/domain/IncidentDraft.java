package vn.xomantoan.incidents.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/** What a user enters for an incident; the place is a unit version id or a code read on the incident date. */
public record IncidentDraft(LocalDate occurredOn, LocalTime occurredAt, Long placeId, String placeCode,
                            String perpetratorAreaCode, String category, String subcategory, Integer penalArticle,
                            Integer penalClause, String grade, boolean forceMajeure, boolean handledPromptly,
                            String excuseDecidedBy, String excuseReason, String status, Integer victims,
                            Integer personsInvolved, Long householdId, Long keyPersonId, String summary) {
}
