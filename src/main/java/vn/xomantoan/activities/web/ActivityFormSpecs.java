package vn.xomantoan.activities.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.activities.ActivityLedgers;
import vn.xomantoan.activities.ContributionDraft;
import vn.xomantoan.activities.ContributionKind;
import vn.xomantoan.activities.DistributionDraft;
import vn.xomantoan.activities.FormField;
import vn.xomantoan.activities.FormInput;
import vn.xomantoan.activities.FormValues;
import vn.xomantoan.activities.LedgerFormSpec;
import vn.xomantoan.activities.LedgerKind;
import vn.xomantoan.activities.LedgerQueries;
import vn.xomantoan.activities.MediaItemDraft;
import vn.xomantoan.activities.MediaKind;
import vn.xomantoan.activities.OutletKind;
import vn.xomantoan.activities.ProgrammeDraft;
import vn.xomantoan.activities.ProgrammeKind;
import vn.xomantoan.activities.PublicationDraft;
import vn.xomantoan.activities.PublicationKind;
import vn.xomantoan.activities.WriteAccess;
import vn.xomantoan.activities.domain.ContributionService;
import vn.xomantoan.activities.domain.MediaItemService;
import vn.xomantoan.activities.domain.ProgrammeService;
import vn.xomantoan.activities.domain.PublicationService;
import vn.xomantoan.shared.NotFound;

import java.util.List;
import java.util.Map;

/** The web forms of publications (with distributions), media items, programmes and contributions. */
final class ActivityFormSpecs {

    private ActivityFormSpecs() {
    }

    /** Loads one stored row inside the scope, or 404. */
    static Map<String, Object> row(JdbcClient jdbc, LedgerQueries ledger, LedgerKind kind, String sql, long id) {
        if (!ledger.visible(kind, id)) {
            throw new NotFound();
        }
        return jdbc.sql(sql).param("id", id).query().singleRow();
    }

    static long version(Map<String, Object> row) {
        return ((Number) row.get("row_version")).longValue();
    }

    @Component
    static class Publications implements LedgerFormSpec {
        private final PublicationService service;
        private final JdbcClient jdbc;
        private final LedgerQueries ledger;
        private final WriteAccess access;

        Publications(PublicationService service, JdbcClient jdbc, LedgerQueries ledger, WriteAccess access) {
            this.service = service;
            this.jdbc = jdbc;
            this.ledger = ledger;
            this.access = access;
        }

        public LedgerKind kind() {
            return ActivityLedgers.PUBLICATIONS;
        }

        public String basePath() {
            return "/activities/publications";
        }

        public String titleKey() {
            return "publications.form.noun";
        }

        public List<FormField> fields() {
            return List.of(FormField.choice("kind", "publications.col.kind", "publication.kind.", LedgerKind.names(PublicationKind.class)),
                    FormField.date("publishedOn", "publications.col.publishedOn"),
                    FormField.text("title", "publications.col.title"),
                    FormField.unit("unit", "ledger.form.unit"),
                    FormField.number("copiesPrinted", "publications.col.copiesPrinted"),
                    FormField.rows("distributions", "publications.form.distributions",
                            FormField.unit("unitCode", "ledger.col.unitCode"),
                            FormField.text("recipientGroup", "distributions.col.recipientGroup").optional(),
                            FormField.number("copies", "distributions.col.copies"),
                            FormField.date("distributedOn", "distributions.col.distributedOn")));
        }

        public Map<String, String> defaults() {
            return FormValues.todayAt(access, "publishedOn");
        }

        public Stored load(long id) {
            Map<String, Object> r = row(jdbc, ledger, kind(), """
                    SELECT p.*, u.code AS unit_code FROM publication p JOIN unit_version u ON u.id = p.unit_id WHERE p.id = :id""", id);
            List<Map<String, Object>> rows = jdbc.sql("""
                            SELECT u.code AS unit_code, d.recipient_group, d.copies, d.distributed_on
                            FROM distribution d JOIN unit_version u ON u.id = d.unit_id WHERE d.publication_id = :id ORDER BY d.id""")
                    .param("id", id).query().listOfRows();
            FormValues v = new FormValues().put("kind", r.get("kind")).put("publishedOn", r.get("published_on"))
                    .put("title", r.get("title")).put("unit", r.get("unit_code")).put("copiesPrinted", r.get("copies_printed"));
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> d = rows.get(i);
                v.put("distributions[" + i + "].unitCode", d.get("unit_code"))
                        .put("distributions[" + i + "].recipientGroup", d.get("recipient_group"))
                        .put("distributions[" + i + "].copies", d.get("copies"))
                        .put("distributions[" + i + "].distributedOn", d.get("distributed_on"));
            }
            return new Stored(v.map(), version(r));
        }

        private PublicationDraft draft(FormInput in) {
            List<DistributionDraft> distributions = in.rows("distributions").stream()
                    .map(r -> new DistributionDraft(r.get("unitCode"), r.get("recipientGroup"), FormInput.parse(r.get("copies")),
                            r.get("distributedOn"))).toList();
            return new PublicationDraft(in.text("kind"), in.text("title"), in.text("unit"), in.text("publishedOn"),
                    in.number("copiesPrinted"), distributions);
        }

        public long create(FormInput in) {
            return service.create(draft(in));
        }

        public void update(long id, long rowVersion, FormInput in) {
            service.update(id, rowVersion, draft(in));
        }
    }

    @Component
    static class MediaItems implements LedgerFormSpec {
        private final MediaItemService service;
        private final JdbcClient jdbc;
        private final LedgerQueries ledger;
        private final WriteAccess access;

        MediaItems(MediaItemService service, JdbcClient jdbc, LedgerQueries ledger, WriteAccess access) {
            this.service = service;
            this.jdbc = jdbc;
            this.ledger = ledger;
            this.access = access;
        }

        public LedgerKind kind() {
            return ActivityLedgers.MEDIA_ITEMS;
        }

        public String basePath() {
            return "/activities/media-items";
        }

        public String titleKey() {
            return "media.form.noun";
        }

        public List<FormField> fields() {
            return List.of(FormField.choice("kind", "media.col.kind", "media.kind.", LedgerKind.names(MediaKind.class)),
                    FormField.date("publishedOn", "media.col.publishedOn"),
                    FormField.text("title", "media.col.title"),
                    FormField.text("outlet", "media.col.outlet"),
                    FormField.choice("outletKind", "media.col.outletKind", "media.outlet.", LedgerKind.names(OutletKind.class)),
                    FormField.url("link", "media.col.link"),
                    FormField.unit("unit", "media.form.subject"),
                    FormField.text("otherSubjects", "media.form.otherSubjects").optional().help("ledger.form.listHelp"));
        }

        public Map<String, String> defaults() {
            return FormValues.todayAt(access, "publishedOn");
        }

        public Stored load(long id) {
            Map<String, Object> r = row(jdbc, ledger, kind(), """
                    SELECT m.*, u.code AS unit_code FROM media_item m JOIN unit_version u ON u.id = m.unit_id WHERE m.id = :id""", id);
            List<String> others = jdbc.sql("""
                    SELECT u.code FROM media_subject s JOIN unit_version u ON u.id = s.unit_id WHERE s.media_item_id = :id ORDER BY u.code""")
                    .param("id", id).query(String.class).list();
            FormValues v = new FormValues().put("kind", r.get("kind")).put("publishedOn", r.get("published_on")).put("title", r.get("title"))
                    .put("outlet", r.get("outlet")).put("outletKind", r.get("outlet_kind")).put("link", r.get("link"))
                    .put("unit", r.get("unit_code")).put("otherSubjects", String.join(", ", others));
            return new Stored(v.map(), version(r));
        }

        private MediaItemDraft draft(FormInput in) {
            return new MediaItemDraft(in.text("kind"), in.text("outlet"), in.text("outletKind"), in.text("publishedOn"), in.text("title"),
                    in.text("link"), in.text("unit"), in.list("otherSubjects"));
        }

        public long create(FormInput in) {
            return service.create(draft(in));
        }

        public void update(long id, long rowVersion, FormInput in) {
            service.update(id, rowVersion, draft(in));
        }
    }

    @Component
    static class Programmes implements LedgerFormSpec {
        private final ProgrammeService service;
        private final JdbcClient jdbc;
        private final LedgerQueries ledger;
        private final WriteAccess access;

        Programmes(ProgrammeService service, JdbcClient jdbc, LedgerQueries ledger, WriteAccess access) {
            this.service = service;
            this.jdbc = jdbc;
            this.ledger = ledger;
            this.access = access;
        }

        public LedgerKind kind() {
            return ActivityLedgers.PROGRAMMES;
        }

        public String basePath() {
            return "/activities/programmes";
        }

        public String titleKey() {
            return "programmes.form.noun";
        }

        public List<FormField> fields() {
            return List.of(FormField.text("name", "programmes.col.name"),
                    FormField.choice("kind", "programmes.col.kind", "programme.kind.", LedgerKind.names(ProgrammeKind.class)),
                    FormField.unit("unit", "programmes.form.owner"),
                    FormField.date("startedOn", "programmes.col.startedOn"),
                    FormField.date("endedOn", "programmes.col.endedOn").optional(),
                    FormField.textarea("description", "programmes.form.description"),
                    FormField.rows("units", "programmes.form.units",
                            FormField.unit("unitCode", "ledger.col.unitCode"),
                            FormField.date("joinedOn", "programmes.form.joinedOn"),
                            FormField.date("leftOn", "programmes.form.leftOn").optional()));
        }

        public Map<String, String> defaults() {
            return FormValues.todayAt(access, "startedOn");
        }

        public Stored load(long id) {
            Map<String, Object> r = row(jdbc, ledger, kind(), """
                    SELECT p.*, u.code AS unit_code FROM programme p JOIN unit_version u ON u.id = p.unit_id WHERE p.id = :id""", id);
            List<Map<String, Object>> members = jdbc.sql("""
                            SELECT u.code, m.joined_on, m.left_on FROM programme_unit m JOIN unit_version u ON u.id = m.unit_id
                            WHERE m.programme_id = :id ORDER BY m.joined_on, u.code""").param("id", id).query().listOfRows();
            FormValues v = new FormValues().put("name", r.get("name")).put("kind", r.get("kind")).put("unit", r.get("unit_code"))
                    .put("startedOn", r.get("started_on")).put("endedOn", r.get("ended_on")).put("description", r.get("description"));
            for (int i = 0; i < members.size(); i++) {
                v.put("units[" + i + "].unitCode", members.get(i).get("code")).put("units[" + i + "].joinedOn", members.get(i).get("joined_on"))
                        .put("units[" + i + "].leftOn", members.get(i).get("left_on"));
            }
            return new Stored(v.map(), version(r));
        }

        private ProgrammeDraft draft(FormInput in) {
            List<ProgrammeDraft.Participant> units = in.rows("units").stream()
                    .map(r -> new ProgrammeDraft.Participant(r.get("unitCode"), r.get("joinedOn"), r.get("leftOn"))).toList();
            return new ProgrammeDraft(in.text("name"), in.text("kind"), in.text("unit"), in.text("startedOn"), in.text("endedOn"),
                    in.text("description"), units);
        }

        public long create(FormInput in) {
            return service.create(draft(in));
        }

        public void update(long id, long rowVersion, FormInput in) {
            service.update(id, rowVersion, draft(in));
        }
    }

    @Component
    static class Contributions implements LedgerFormSpec {
        private final ContributionService service;
        private final JdbcClient jdbc;
        private final LedgerQueries ledger;
        private final WriteAccess access;

        Contributions(ContributionService service, JdbcClient jdbc, LedgerQueries ledger, WriteAccess access) {
            this.service = service;
            this.jdbc = jdbc;
            this.ledger = ledger;
            this.access = access;
        }

        public LedgerKind kind() {
            return ActivityLedgers.CONTRIBUTIONS;
        }

        public String basePath() {
            return "/activities/contributions";
        }

        public String titleKey() {
            return "contributions.form.noun";
        }

        public List<FormField> fields() {
            return List.of(FormField.choice("kind", "contributions.col.kind", "contribution.kind.", LedgerKind.names(ContributionKind.class)),
                    FormField.date("madeOn", "contributions.col.madeOn"),
                    FormField.unit("unit", "contributions.form.beneficiary"),
                    FormField.text("purpose", "contributions.col.purpose"),
                    FormField.text("donors", "contributions.col.donors").optional().help("contributions.form.donationHelp"),
                    FormField.money("amountVnd", "contributions.form.amount").optional().help("contributions.form.donationHelp"),
                    FormField.text("campaign", "contributions.col.campaign").optional().help("contributions.form.volunteerHelp"),
                    FormField.number("participants", "contributions.col.participants").optional().help("contributions.form.volunteerHelp"),
                    FormField.number("hours", "contributions.col.hours").optional().help("contributions.form.volunteerHelp"));
        }

        public Map<String, String> defaults() {
            return FormValues.todayAt(access, "madeOn");
        }

        public Stored load(long id) {
            Map<String, Object> r = row(jdbc, ledger, kind(), """
                    SELECT c.*, u.code AS unit_code FROM contribution c JOIN unit_version u ON u.id = c.unit_id WHERE c.id = :id""", id);
            FormValues v = new FormValues().put("kind", r.get("kind")).put("madeOn", r.get("made_on")).put("unit", r.get("unit_code"))
                    .put("purpose", r.get("purpose")).put("donors", r.get("donors")).put("amountVnd", r.get("amount_vnd"))
                    .put("campaign", r.get("campaign")).put("participants", r.get("participants")).put("hours", r.get("hours"));
            return new Stored(v.map(), version(r));
        }

        private ContributionDraft draft(FormInput in) {
            return new ContributionDraft(in.text("kind"), in.text("madeOn"), in.text("unit"), in.text("purpose"), in.text("donors"),
                    in.number("amountVnd"), in.text("campaign"), in.number("participants"), in.number("hours"));
        }

        public long create(FormInput in) {
            return service.create(draft(in));
        }

        public void update(long id, long rowVersion, FormInput in) {
            service.update(id, rowVersion, draft(in));
        }
    }
}
