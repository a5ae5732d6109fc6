package vn.xomantoan.activities;

import java.util.List;

/** A local programme and the units taking part in it over time. */
public record ProgrammeDraft(String name, String kind, String unitCode, String startedOn, String endedOn, String description,
                             List<Participant> units) {

    public record Participant(String unitCode, String joinedOn, String leftOn) {
    }
}
