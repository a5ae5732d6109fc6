package vn.xomantoan.incidents.web;

import vn.xomantoan.incidents.domain.IncidentDraft;
import vn.xomantoan.incidents.domain.IncidentRecord;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.ValidationFailure.Problem;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The entry form as typed (strings, so a wrong value is shown back as it was typed). */
public class IncidentForm {

    private String occurredOn;
    private String occurredAt;
    private String placeId;
    private String placeLabel;
    private String perpetratorAreaCode;
    private String category;
    private String subcategory;
    private String penalArticle;
    private String penalClause;
    private String grade;
    private boolean forceMajeure;
    private boolean handledPromptly;
    private String excuseDecidedBy;
    private String excuseReason;
    private String status = "REPORTED";
    private String victims = "0";
    private String personsInvolved = "0";
    private String householdId;
    private String keyPersonId;
    private String summary;
    private long rowVersion;

    static IncidentForm of(IncidentRecord r) {
        IncidentForm f = new IncidentForm();
        f.occurredOn = WebDates.format(r.occurredOn());
        f.occurredAt = r.occurredAtTime() == null ? "" : r.occurredAtTime().toString();
        f.placeId = String.valueOf(r.unitId());
        f.placeLabel = r.placeName() + (r.placeParentName() == null ? "" : " – " + r.placeParentName());
        f.perpetratorAreaCode = r.perpetratorAreaCode();
        f.category = r.categoryCode();
        f.subcategory = r.subcategoryCode();
        f.penalArticle = r.penalArticle() == null ? "" : r.penalArticle().toString();
        f.penalClause = r.penalClause() == null ? "" : r.penalClause().toString();
        f.grade = r.gradeCode();
        f.forceMajeure = r.forceMajeure();
        f.handledPromptly = r.handledPromptly();
        f.excuseDecidedBy = r.excuseDecidedBy();
        f.excuseReason = r.excuseReason();
        f.status = r.status();
        f.victims = String.valueOf(r.victims());
        f.personsInvolved = String.valueOf(r.personsInvolved());
        f.householdId = r.householdId() == null ? "" : r.householdId().toString();
        f.keyPersonId = r.keyPersonId() == null ? "" : r.keyPersonId().toString();
        f.summary = r.summary();
        f.rowVersion = r.rowVersion();
        return f;
    }

    IncidentDraft toDraft() {
        List<Problem> problems = new ArrayList<>();
        LocalDate date = null;
        try {
            date = WebDates.parse(occurredOn, null);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("occurredOn", "error.badDate", new Object[]{occurredOn}));
        }
        LocalTime time = null;
        if (occurredAt != null && !occurredAt.isBlank()) {
            try {
                time = LocalTime.parse(occurredAt.trim().length() == 4 ? "0" + occurredAt.trim() : occurredAt.trim());
            } catch (RuntimeException e) {
                problems.add(new Problem("occurredAt", "incidents.error.time", new Object[]{occurredAt}));
            }
        }
        Long place = number("place", placeId, problems);
        Integer article = integer("penalArticle", penalArticle, problems);
        Integer clause = integer("penalArticle", penalClause, problems);
        Integer v = integer("victims", victims, problems);
        Integer p = integer("personsInvolved", personsInvolved, problems);
        Long household = number("householdId", householdId, problems);
        Long keyPerson = number("keyPersonId", keyPersonId, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        return new IncidentDraft(date, time, place, null, perpetratorAreaCode, category, subcategory, article, clause, grade,
                forceMajeure, handledPromptly, excuseDecidedBy, excuseReason, status, v, p, household, keyPerson, summary);
    }

    private static Long number(String field, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "incidents.error.number", new Object[]{text}));
            return null;
        }
    }

    private static Integer integer(String field, String text, List<Problem> problems) {
        Long n = number(field, text, problems);
        if (n != null && (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE)) {
            problems.add(new Problem(field, "incidents.error.number", new Object[]{text}));
            return null;
        }
        return n == null ? null : n.intValue();
    }

    public String getOccurredOn() { return occurredOn; }
    public void setOccurredOn(String v) { occurredOn = v; }
    public String getOccurredAt() { return occurredAt; }
    public void setOccurredAt(String v) { occurredAt = v; }
    public String getPlaceId() { return placeId; }
    public void setPlaceId(String v) { placeId = v; }
    public String getPlaceLabel() { return placeLabel; }
    public void setPlaceLabel(String v) { placeLabel = v; }
    public String getPerpetratorAreaCode() { return perpetratorAreaCode; }
    public void setPerpetratorAreaCode(String v) { perpetratorAreaCode = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getSubcategory() { return subcategory; }
    public void setSubcategory(String v) { subcategory = v; }
    public String getPenalArticle() { return penalArticle; }
    public void setPenalArticle(String v) { penalArticle = v; }
    public String getPenalClause() { return penalClause; }
    public void setPenalClause(String v) { penalClause = v; }
    public String getGrade() { return grade; }
    public void setGrade(String v) { grade = v; }
    public boolean isForceMajeure() { return forceMajeure; }
    public void setForceMajeure(boolean v) { forceMajeure = v; }
    public boolean isHandledPromptly() { return handledPromptly; }
    public void setHandledPromptly(boolean v) { handledPromptly = v; }
    public String getExcuseDecidedBy() { return excuseDecidedBy; }
    public void setExcuseDecidedBy(String v) { excuseDecidedBy = v; }
    public String getExcuseReason() { return excuseReason; }
    public void setExcuseReason(String v) { excuseReason = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getVictims() { return victims; }
    public void setVictims(String v) { victims = v; }
    public String getPersonsInvolved() { return personsInvolved; }
    public void setPersonsInvolved(String v) { personsInvolved = v; }
    public String getHouseholdId() { return householdId; }
    public void setHouseholdId(String v) { householdId = v; }
    public String getKeyPersonId() { return keyPersonId; }
    public void setKeyPersonId(String v) { keyPersonId = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public long getRowVersion() { return rowVersion; }
    public void setRowVersion(long v) { rowVersion = v; }
}
