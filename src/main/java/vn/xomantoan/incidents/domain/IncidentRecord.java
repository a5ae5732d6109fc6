package vn.xomantoan.incidents.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/** A stored incident with its place, as pages, the API and exports show it. */
public record IncidentRecord(long id, LocalDate occurredOn, LocalTime occurredAtTime, long unitId, String placeCode,
                             String placeName, String placeParentName, String perpetratorAreaCode, String categoryCode,
                             String subcategoryCode, Integer penalArticle, Integer penalClause, String crimeClass,
                             String gradeCode, boolean serious, boolean forceMajeure, boolean handledPromptly,
                             String excuseDecidedBy, String excuseReason, String status, int victims,
                             int personsInvolved, Long householdId, Long keyPersonId, String summary,
                             String createdBy, long rowVersion) {
}
