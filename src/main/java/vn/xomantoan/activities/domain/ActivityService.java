package vn.xomantoan.activities.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.activities.ActivityDraft;
import vn.xomantoan.activities.ActivityLedgers;
import vn.xomantoan.activities.ActivityType;
import vn.xomantoan.activities.Checks;
import vn.xomantoan.activities.KeyRole;
import vn.xomantoan.activities.LedgerQueries;
import vn.xomantoan.activities.VenueKind;
import vn.xomantoan.activities.WriteAccess;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.identity.Role;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitType;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records and corrects activities; every rule is checked before anything is written. */
@Service
public class ActivityService {

    private final JdbcClient jdbc;
    private final WriteAccess access;
    private final AuditLog audit;
    private final LedgerQueries ledger;

    ActivityService(JdbcClient jdbc, WriteAccess access, AuditLog audit, LedgerQueries ledger) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.ledger = ledger;
    }

    /** A checked activity, ready to store. */
    public record Valid(ActivityType type, LocalDate heldOn, UnitView organiser, UnitView place, VenueKind venue, String title,
                        String content, String results, long participants, long women, Map<KeyRole, Integer> keyPeople,
                        List<Long> invitedUnitIds, List<Long> programmeIds, List<Long> attendees) {
    }

    public static final List<Role> WRITERS = List.of(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER, Role.AREA_HEAD);

    @Transactional
    public long create(ActivityDraft draft) {
        access.require(WRITERS.toArray(Role[]::new));
        Valid v = validate(draft);
        long id = insert(v);
        audit.record(AuditAction.CREATE, "Activity", id, summary("Ghi nhận", v), null, draft);
        return id;
    }

    @Transactional
    public void update(long id, long rowVersion, ActivityDraft draft) {
        access.require(WRITERS.toArray(Role[]::new));
        if (!ledger.visible(ActivityLedgers.ACTIVITIES, id)) {
            throw new NotFound();
        }
        Valid v = validate(draft);
        Map<String, Object> before = jdbc.sql("SELECT * FROM activity WHERE id = :id").param("id", id).query().singleRow();
        int changed = jdbc.sql("""
                        UPDATE activity SET activity_type = :type, held_on = :heldOn, unit_id = :unit, place_unit_id = :place,
                        venue_kind = :venue, title = :title, content = :content, results = :results, participants = :participants,
                        women = :women, search_key = :searchKey, sort_key = :sortKey, row_version = row_version + 1
                        WHERE id = :id AND row_version = :rowVersion""")
                .params(params(v)).param("id", id).param("rowVersion", rowVersion).update();
        if (changed == 0) {
            throw ValidationFailure.of("", "error.concurrentChange");
        }
        for (String table : List.of("activity_key_people", "activity_invited_unit", "activity_programme", "activity_attendee")) {
            jdbc.sql("DELETE FROM " + table + " WHERE activity_id = :id").param("id", id).update();
        }
        insertChildren(id, v);
        audit.record(AuditAction.UPDATE, "Activity", id, summary("Sửa", v), before, draft);
    }

    /** Checks a draft without writing (imports check every row first). */
    public Valid validate(ActivityDraft d) {
        Checks c = new Checks(access);
        ActivityType type = c.choice("type", d.type(), ActivityType.class, true);
        LocalDate heldOn = c.date("heldOn", d.heldOn(), true);
        UnitView organiser = c.unit("organiser", d.organiserCode(), heldOn, true);
        UnitView place = c.unit("place", d.placeCode(), heldOn, false);
        VenueKind venue = c.choice("venue", d.venue(), VenueKind.class, false);
        if (place != null) {
            VenueKind implied = switch (place.type()) {
                case PAGODA -> VenueKind.PAGODA;
                case PARISH_CHURCH -> VenueKind.PARISH_CHURCH;
                case TEMPLE -> VenueKind.TEMPLE;
                case SCHOOL -> VenueKind.SCHOOL;
                default -> null;
            };
            if (venue == null) {
                venue = implied;
            } else if (implied != null && venue != implied && venue != VenueKind.OTHER) {
                c.add("venue", "activities.error.venueMismatch", place.name());
            } else if (implied == null && isReligious(venue)) {
                c.add("venue", "activities.error.venueNeedsSite");
            }
        } else if (venue != null && isReligious(venue)) {
            c.add("place", "activities.error.venueNeedsSite");
        }
        String title = c.text("title", d.title(), 300);
        String content = c.optionalText("content", d.content(), 4000);
        String results = c.optionalText("results", d.results(), 4000);
        long participants = c.count("participants", d.participants() == null ? 0L : d.participants(), false);
        long women = c.count("women", d.women() == null ? 0L : d.women(), false);
        if (women > participants) {
            c.add("women", "activities.error.womenAboveTotal", women, participants);
        }
        Map<KeyRole, Integer> keyPeople = new LinkedHashMap<>();
        int keyTotal = 0;
        if (d.keyPeople() != null) {
            for (Map.Entry<String, Integer> e : d.keyPeople().entrySet()) {
                KeyRole role = c.choice("keyPeople", e.getKey(), KeyRole.class, true);
                int n = e.getValue() == null ? 0 : e.getValue();
                if (n < 0) {
                    c.add("keyPeople", "ledger.error.negative");
                } else if (role != null && n > 0) {
                    keyPeople.merge(role, n, Integer::sum);
                    keyTotal += n;
                }
            }
        }
        if (keyTotal > participants) {
            c.add("keyPeople", "activities.error.keyPeopleAboveTotal", keyTotal, participants);
        }
        if (type == ActivityType.PROPAGANDA_SESSION && participants == 0 && !c.has("participants")) {
            c.add("participants", "activities.error.sessionNeedsPeople");
        }
        List<Long> invited = new ArrayList<>();
        if (d.invitedUnitCodes() != null) {
            for (String code : d.invitedUnitCodes()) {
                if (code != null && !code.isBlank()) {
                    UnitView u = c.unit("invited", code, heldOn, true);
                    if (u != null && !invited.contains(u.id())) {
                        invited.add(u.id());
                    }
                }
            }
        }
        List<Long> programmes = new ArrayList<>();
        if (d.programmeIds() != null) {
            for (Long p : d.programmeIds()) {
                if (p != null && !ledger.visible(ActivityLedgers.PROGRAMMES, p)) {
                    c.add("programmes", "activities.error.unknownProgramme", p);
                } else if (p != null && !programmes.contains(p)) {
                    programmes.add(p);
                }
            }
        }
        List<Long> attendees = d.attendeeKeyPersonIds() == null ? List.of()
                : d.attendeeKeyPersonIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
        c.throwIfAny();
        return new Valid(type, heldOn, organiser, place, venue, title, content, results, participants, women, keyPeople,
                invited, programmes, attendees);
    }

    private static boolean isReligious(VenueKind venue) {
        return venue == VenueKind.PAGODA || venue == VenueKind.PARISH_CHURCH || venue == VenueKind.TEMPLE;
    }

    /** Stores an already validated activity (imports, after every row passed), with its audit record. */
    @Transactional
    public long insertChecked(Valid v) {
        long id = insert(v);
        audit.record(AuditAction.CREATE, "Activity", id, summary("Nhập", v), null, v);
        return id;
    }

    private long insert(Valid v) {
        Map<String, Object> p = params(v);
        p.put("createdAt", LocalDateTime.now());
        long id = Inserts.insert(jdbc, """
                INSERT INTO activity (activity_type, held_on, unit_id, place_unit_id, venue_kind, title, content, results,
                    participants, women, search_key, sort_key, created_at)
                VALUES (:type, :heldOn, :unit, :place, :venue, :title, :content, :results, :participants, :women, :searchKey,
                    :sortKey, :createdAt)""", p);
        insertChildren(id, v);
        return id;
    }

    public String summary(String verb, Valid v) {
        return verb + " hoạt động \"" + v.title() + "\" ngày " + WebDates.format(v.heldOn()) + " của " + v.organiser().name()
                + (v.place() != null ? " tại " + v.place().name() : "");
    }

    private void insertChildren(long id, Valid v) {
        v.keyPeople().forEach((role, n) -> jdbc.sql("INSERT INTO activity_key_people (activity_id, role, people) VALUES (:a, :r, :n)")
                .param("a", id).param("r", role.name()).param("n", n).update());
        v.invitedUnitIds().forEach(u -> jdbc.sql("INSERT INTO activity_invited_unit (activity_id, unit_id) VALUES (:a, :u)")
                .param("a", id).param("u", u).update());
        v.programmeIds().forEach(p -> jdbc.sql("INSERT INTO activity_programme (activity_id, programme_id) VALUES (:a, :p)")
                .param("a", id).param("p", p).update());
        v.attendees().forEach(k -> jdbc.sql("INSERT INTO activity_attendee (activity_id, key_person_id) VALUES (:a, :k)")
                .param("a", id).param("k", k).update());
    }

    private static Map<String, Object> params(Valid v) {
        Map<String, Object> p = new HashMap<>();
        p.put("type", v.type().name());
        p.put("heldOn", v.heldOn());
        p.put("unit", v.organiser().id());
        p.put("place", v.place() == null ? null : v.place().id());
        p.put("venue", v.venue() == null ? null : v.venue().name());
        p.put("title", v.title());
        p.put("content", v.content());
        p.put("results", v.results());
        p.put("participants", v.participants());
        p.put("women", v.women());
        String text = v.title() + " " + (v.place() == null ? "" : v.place().name()) + " " + v.organiser().name();
        p.put("searchKey", truncate(VietnameseText.searchKey(text), 600));
        p.put("sortKey", truncate(VietnameseText.sortKey(v.title()), 1200));
        return p;
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Is the place a religious site? Exposed for the form's venue hint. */
    public static boolean religious(UnitType type) {
        return type != null && type.isReligiousSite();
    }
}
