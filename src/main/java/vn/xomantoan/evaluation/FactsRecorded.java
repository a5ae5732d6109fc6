package vn.xomantoan.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * Published by a fact source's capability once records it supplies were entered or changed (one event
 * per save or import, delivered after the commit), so that monitored cases are evaluated again and
 * a record that makes a criterion fail raises an alert.
 */
public record FactsRecorded(List<Recorded> records) {

    public FactsRecorded {
        records = List.copyOf(records);
    }

    /** A record by the id its fact source gives it, where (a unit's stable code) and when it happened. */
    public record Recorded(String id, String placeCode, LocalDate on) {
    }
}
