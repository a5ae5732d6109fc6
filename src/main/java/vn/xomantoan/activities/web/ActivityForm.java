package vn.xomantoan.activities.web;

import vn.xomantoan.activities.ActivityDraft;
import vn.xomantoan.activities.domain.ActivityDetails;
import vn.xomantoan.shared.web.WebDates;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The activity form as typed; never an entity. */
public class ActivityForm {

    private String type = "PROPAGANDA_SESSION";
    private String heldOn;
    private String organiser;
    private String place;
    private String venue;
    private String title;
    private String participants;
    private String women;
    private String partyCellSecretaries;
    private String areaHeads;
    private String respectedPersons;
    private String content;
    private String results;
    private long rowVersion;

    /** The key-people roles the form asks for; an activity's other roles are kept as they are when it is edited. */
    static final Set<String> FORM_ROLES = Set.of("PARTY_CELL_SECRETARY", "AREA_HEAD", "RESPECTED_PERSON");

    /** The draft of the form, with what the form does not show taken from the stored activity. */
    ActivityDraft toDraft(Map<String, String> numberErrors, ActivityDetails.Kept kept) {
        Map<String, Integer> keyPeople = new LinkedHashMap<>();
        put(keyPeople, "PARTY_CELL_SECRETARY", partyCellSecretaries, "keyPeople", numberErrors);
        put(keyPeople, "AREA_HEAD", areaHeads, "keyPeople", numberErrors);
        put(keyPeople, "RESPECTED_PERSON", respectedPersons, "keyPeople", numberErrors);
        keyPeople.putAll(kept.keyPeople());
        return new ActivityDraft(type, heldOn, organiser, place, venue, title, content, results,
                number(participants, "participants", numberErrors), number(women, "women", numberErrors), keyPeople,
                kept.invitedUnitCodes(), kept.programmeIds(), kept.attendeeKeyPersonIds());
    }

    /** The form filled with a stored activity, to edit it. */
    static ActivityForm of(ActivityDetails.Detail d) {
        ActivityForm f = new ActivityForm();
        f.type = d.type();
        f.heldOn = WebDates.format(d.heldOn());
        f.organiser = d.organiserCode();
        f.place = d.placeCode();
        f.venue = d.venue();
        f.title = d.title();
        f.participants = String.valueOf(d.participants());
        f.women = String.valueOf(d.women());
        f.partyCellSecretaries = count(d.keyPeople().get("PARTY_CELL_SECRETARY"));
        f.areaHeads = count(d.keyPeople().get("AREA_HEAD"));
        f.respectedPersons = count(d.keyPeople().get("RESPECTED_PERSON"));
        f.content = d.content();
        f.results = d.results();
        f.rowVersion = d.rowVersion();
        return f;
    }

    private static String count(Integer n) {
        return n == null ? null : String.valueOf(n);
    }

    private static void put(Map<String, Integer> map, String role, String text, String field, Map<String, String> errors) {
        Long n = number(text, field, errors);
        if (n != null && n > 0) {
            map.put(role, n.intValue());
        }
    }

    static Long number(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim().replace(".", ""));
        } catch (NumberFormatException e) {
            errors.put(field, text);
            return null;
        }
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getHeldOn() { return heldOn; }
    public void setHeldOn(String heldOn) { this.heldOn = heldOn; }
    public String getOrganiser() { return organiser; }
    public void setOrganiser(String organiser) { this.organiser = organiser; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getParticipants() { return participants; }
    public void setParticipants(String participants) { this.participants = participants; }
    public String getWomen() { return women; }
    public void setWomen(String women) { this.women = women; }
    public String getPartyCellSecretaries() { return partyCellSecretaries; }
    public void setPartyCellSecretaries(String v) { this.partyCellSecretaries = v; }
    public String getAreaHeads() { return areaHeads; }
    public void setAreaHeads(String areaHeads) { this.areaHeads = areaHeads; }
    public String getRespectedPersons() { return respectedPersons; }
    public void setRespectedPersons(String respectedPersons) { this.respectedPersons = respectedPersons; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getResults() { return results; }
    public void setResults(String results) { this.results = results; }
    public long getRowVersion() { return rowVersion; }
    public void setRowVersion(long rowVersion) { this.rowVersion = rowVersion; }
}
