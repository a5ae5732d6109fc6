package vn.xomantoan.activities.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.xomantoan.activities.ActivityLedgers;
import vn.xomantoan.activities.LedgerQueries;
import vn.xomantoan.shared.NotFound;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One activity with its key people, invited units and programmes, inside the caller's scope. */
@Service
public class ActivityDetails {

    public record Detail(long id, String type, LocalDate heldOn, String organiserName, String organiserCode, String placeName,
                         String placeCode, String venue, String title, String content, String results, int participants,
                         int women, long rowVersion, Map<String, Integer> keyPeople, List<String> invitedUnits,
                         List<String> programmes) {
    }

    /**
     * What an activity holds besides the web form's fields (recorded through the API or an import):
     * key people of the other roles, invited units, programmes and attendees by name. The web edit
     * form keeps them as they are.
     */
    public record Kept(Map<String, Integer> keyPeople, List<String> invitedUnitCodes, List<Long> programmeIds,
                       List<Long> attendeeKeyPersonIds) {
        /** Nothing to keep: a new activity. */
        public static final Kept NONE = new Kept(Map.of(), List.of(), List.of(), List.of());
    }

    private final JdbcClient jdbc;
    private final LedgerQueries ledger;

    ActivityDetails(JdbcClient jdbc, LedgerQueries ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    public Detail load(long id) {
        if (!ledger.visible(ActivityLedgers.ACTIVITIES, id)) {
            throw new NotFound();
        }
        Map<String, Integer> keyPeople = keyPeople(id);
        List<String> invited = jdbc.sql("""
                        SELECT u.name FROM activity_invited_unit i JOIN unit_version u ON u.id = i.unit_id
                        WHERE i.activity_id = :id ORDER BY u.sort_key""").param("id", id).query(String.class).list();
        List<String> programmes = jdbc.sql("""
                        SELECT p.name FROM activity_programme ap JOIN programme p ON p.id = ap.programme_id
                        WHERE ap.activity_id = :id ORDER BY p.sort_key""").param("id", id).query(String.class).list();
        return jdbc.sql("""
                        SELECT r.id, r.activity_type, r.held_on, u.name, u.code, pu.name, pu.code, r.venue_kind, r.title, r.content,
                               r.results, r.participants, r.women, r.row_version
                        FROM activity r JOIN unit_version u ON u.id = r.unit_id LEFT JOIN unit_version pu ON pu.id = r.place_unit_id
                        WHERE r.id = :id""").param("id", id)
                .query((rs, n) -> new Detail(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getInt(12), rs.getInt(13), rs.getLong(14), keyPeople, invited, programmes))
                .single();
    }

    /** The parts of the activity that the web form does not show, for the roles not in {@code formRoles}. */
    public Kept kept(long id, Set<String> formRoles) {
        if (!ledger.visible(ActivityLedgers.ACTIVITIES, id)) {
            throw new NotFound();
        }
        Map<String, Integer> keyPeople = keyPeople(id);
        keyPeople.keySet().removeAll(formRoles);
        List<String> invited = jdbc.sql("SELECT u.code FROM activity_invited_unit i JOIN unit_version u ON u.id = i.unit_id WHERE i.activity_id = :id")
                .param("id", id).query(String.class).list();
        List<Long> programmes = jdbc.sql("SELECT programme_id FROM activity_programme WHERE activity_id = :id").param("id", id)
                .query(Long.class).list();
        List<Long> attendees = jdbc.sql("SELECT key_person_id FROM activity_attendee WHERE activity_id = :id").param("id", id)
                .query(Long.class).list();
        return new Kept(keyPeople, invited, programmes, attendees);
    }

    private Map<String, Integer> keyPeople(long id) {
        Map<String, Integer> keyPeople = new LinkedHashMap<>();
        jdbc.sql("SELECT role, people FROM activity_key_people WHERE activity_id = :id ORDER BY role").param("id", id)
                .query((rs, n) -> keyPeople.put(rs.getString(1), rs.getInt(2))).list();
        return keyPeople;
    }
}
