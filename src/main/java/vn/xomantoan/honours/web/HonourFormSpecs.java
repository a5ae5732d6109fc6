package vn.xomantoan.honours.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.activities.FormField;
import vn.xomantoan.activities.FormInput;
import vn.xomantoan.activities.FormValues;
import vn.xomantoan.activities.LedgerFormSpec;
import vn.xomantoan.activities.LedgerKind;
import vn.xomantoan.activities.LedgerQueries;
import vn.xomantoan.activities.WriteAccess;
import vn.xomantoan.honours.ExemplarDraft;
import vn.xomantoan.honours.ExemplarRole;
import vn.xomantoan.honours.ExemplarSelection;
import vn.xomantoan.honours.HonourLedgers;
import vn.xomantoan.honours.ModelDraft;
import vn.xomantoan.honours.ModelRating;
import vn.xomantoan.honours.ModelType;
import vn.xomantoan.honours.RecipientKind;
import vn.xomantoan.honours.RewardDraft;
import vn.xomantoan.honours.RewardForm;
import vn.xomantoan.honours.RewardLevel;
import vn.xomantoan.honours.domain.HonourService;
import vn.xomantoan.shared.NotFound;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The web forms of self-governing models (with yearly ratings), exemplars and rewards. */
final class HonourFormSpecs {

    private HonourFormSpecs() {
    }

    static Map<String, Object> row(JdbcClient jdbc, LedgerQueries ledger, LedgerKind kind, String table, long id) {
        if (!ledger.visible(kind, id)) {
            throw new NotFound();
        }
        return jdbc.sql("SELECT r.*, u.code AS unit_code FROM " + table + " r JOIN unit_version u ON u.id = r.unit_id WHERE r.id = :id")
                .param("id", id).query().singleRow();
    }

    static long version(Map<String, Object> row) {
        return ((Number) row.get("row_version")).longValue();
    }

    @Component
    static class Models implements LedgerFormSpec {
        private final HonourService service;
        private final JdbcClient jdbc;
        private final LedgerQueries ledger;
        private final WriteAccess access;

        Models(HonourService service, JdbcClient jdbc, LedgerQueries ledger, WriteAccess access) {
            this.service = service;
            this.jdbc = jdbc;
            this.ledger = ledger;
            this.access = access;
        }

        public LedgerKind kind() {
            return HonourLedgers.MODELS;
        }

        public String basePath() {
            return "/honours/models";
        }

        public String titleKey() {
            return "models.form.noun";
        }

        public List<FormField> fields() {
            return List.of(FormField.text("name", "models.col.name"),
                    FormField.choice("type", "models.col.type", "model.type.", LedgerKind.names(ModelType.class)),
                    FormField.unit("unit", "ledger.form.unit"),
                    FormField.date("startedOn", "models.col.startedOn"),
                    FormField.number("members", "models.col.members"),
                    FormField.rows("ratings", "models.form.ratings",
                            FormField.number("year", "models.form.year"),
                            FormField.choice("rating", "models.form.rating", "model.rating.", LedgerKind.names(ModelRating.class))));
        }

        public Map<String, String> defaults() {
            return FormValues.todayAt(access, "startedOn");
        }

        public Stored load(long id) {
            Map<String, Object> r = row(jdbc, ledger, kind(), "self_governing_model", id);
            List<Map<String, Object>> ratings = jdbc.sql("SELECT rating_year, rating FROM model_rating WHERE model_id = :id ORDER BY rating_year")
                    .param("id", id).query().listOfRows();
            FormValues v = new FormValues().put("name", r.get("name")).put("type", r.get("model_type")).put("unit", r.get("unit_code"))
                    .put("startedOn", r.get("started_on")).put("members", r.get("members"));
            for (int i = 0; i < ratings.size(); i++) {
                v.put("ratings[" + i + "].year", ratings.get(i).get("rating_year")).put("ratings[" + i + "].rating", ratings.get(i).get("rating"));
            }
            return new Stored(v.map(), version(r));
        }

        private ModelDraft draft(FormInput in) {
            Map<Integer, String> ratings = new LinkedHashMap<>();
            for (Map<String, String> r : in.rows("ratings")) {
                Long year = FormInput.parse(r.get("year"));
                ratings.put(year == null ? null : year.intValue(), r.get("rating"));
            }
            return new ModelDraft(in.text("name"), in.text("type"), in.text("unit"), in.text("startedOn"), in.number("members"), ratings);
        }

        public long create(FormInput in) {
            return service.createModel(draft(in));
        }

        public void update(long id, long rowVersion, FormInput in) {
            service.updateModel(id, rowVersion, draft(in));
        }
    }

    @Component
    static class Exemplars implements LedgerFormSpec {
        private final HonourService service;
        private final JdbcClient jdbc;
        private final LedgerQueries ledger;
        private final WriteAccess access;

        Exemplars(HonourService service, JdbcClient jdbc, LedgerQueries ledger, WriteAccess access) {
            this.service = service;
            this.jdbc = jdbc;
            this.ledger = ledger;
            this.access = access;
        }

        public LedgerKind kind() {
            return HonourLedgers.EXEMPLARS;
        }

        public String basePath() {
            return "/honours/exemplars";
        }

        public String titleKey() {
            return "exemplars.form.noun";
        }

        public List<FormField> fields() {
            return List.of(FormField.text("fullName", "exemplars.col.fullName"),
                    FormField.choice("role", "exemplars.col.role", "exemplar.role.", LedgerKind.names(ExemplarRole.class)),
                    FormField.choice("selection", "exemplars.col.selection", "exemplar.selection.", LedgerKind.names(ExemplarSelection.class)),
                    FormField.unit("unit", "ledger.form.unit"),
                    FormField.date("selectedOn", "exemplars.col.selectedOn"),
                    FormField.number("cycleYear", "exemplars.col.cycleYear").optional(),
                    FormField.date("trainedOn", "exemplars.col.trainedOn").optional(),
                    FormField.textarea("replication", "exemplars.col.replication"),
                    FormField.hidden("keyPersonId"));
        }

        public Map<String, String> defaults() {
            return FormValues.todayAt(access, "selectedOn");
        }

        public Stored load(long id) {
            Map<String, Object> r = row(jdbc, ledger, kind(), "exemplar", id);
            FormValues v = new FormValues().put("fullName", r.get("full_name")).put("role", r.get("person_role"))
                    .put("selection", r.get("selection")).put("unit", r.get("unit_code")).put("selectedOn", r.get("selected_on"))
                    .put("cycleYear", r.get("cycle_year")).put("trainedOn", r.get("trained_on")).put("replication", r.get("replication"))
                    .put("keyPersonId", r.get("key_person_id"));
            return new Stored(v.map(), version(r));
        }

        private ExemplarDraft draft(FormInput in) {
            return new ExemplarDraft(in.text("selection"), in.text("role"), in.text("fullName"), in.text("unit"), in.integer("cycleYear"),
                    in.text("selectedOn"), in.text("trainedOn"), in.text("replication"), in.number("keyPersonId"));
        }

        public long create(FormInput in) {
            return service.createExemplar(draft(in));
        }

        public void update(long id, long rowVersion, FormInput in) {
            service.updateExemplar(id, rowVersion, draft(in));
        }
    }

    @Component
    static class Rewards implements LedgerFormSpec {
        private final HonourService service;
        private final JdbcClient jdbc;
        private final LedgerQueries ledger;
        private final WriteAccess access;

        Rewards(HonourService service, JdbcClient jdbc, LedgerQueries ledger, WriteAccess access) {
            this.service = service;
            this.jdbc = jdbc;
            this.ledger = ledger;
            this.access = access;
        }

        public LedgerKind kind() {
            return HonourLedgers.REWARDS;
        }

        public String basePath() {
            return "/honours/rewards";
        }

        public String titleKey() {
            return "rewards.form.noun";
        }

        public List<FormField> fields() {
            return List.of(FormField.text("decisionNumber", "rewards.col.decisionNumber"),
                    FormField.date("decidedOn", "rewards.col.decidedOn"),
                    FormField.text("authority", "rewards.col.authority"),
                    FormField.choice("level", "rewards.col.level", "reward.level.", LedgerKind.names(RewardLevel.class)),
                    FormField.choice("form", "rewards.col.form", "reward.form.", LedgerKind.names(RewardForm.class)),
                    FormField.choice("recipientKind", "rewards.col.recipientKind", "reward.recipient.", LedgerKind.names(RecipientKind.class)),
                    FormField.unit("unit", "ledger.form.unit"),
                    FormField.text("recipientName", "rewards.col.recipientName").optional().help("rewards.form.recipientHelp"),
                    FormField.money("amountVnd", "rewards.form.amount").optional(),
                    FormField.textarea("reason", "rewards.col.reason"),
                    FormField.hidden("keyPersonId"));
        }

        public Map<String, String> defaults() {
            return FormValues.todayAt(access, "decidedOn");
        }

        public Stored load(long id) {
            Map<String, Object> r = row(jdbc, ledger, kind(), "reward", id);
            FormValues v = new FormValues().put("decisionNumber", r.get("decision_number")).put("decidedOn", r.get("decided_on"))
                    .put("authority", r.get("authority")).put("level", r.get("reward_level")).put("form", r.get("form"))
                    .put("recipientKind", r.get("recipient_kind")).put("unit", r.get("unit_code"))
                    .put("recipientName", r.get("recipient_name")).put("amountVnd", r.get("amount_vnd")).put("reason", r.get("reason"))
                    .put("keyPersonId", r.get("key_person_id"));
            return new Stored(v.map(), version(r));
        }

        private RewardDraft draft(FormInput in) {
            return new RewardDraft(in.text("decisionNumber"), in.text("decidedOn"), in.text("authority"), in.text("level"), in.text("form"),
                    in.text("recipientKind"), in.text("unit"), in.text("recipientName"), in.number("keyPersonId"), in.number("amountVnd"),
                    in.text("reason"));
        }

        public long create(FormInput in) {
            return service.createReward(draft(in));
        }

        public void update(long id, long rowVersion, FormInput in) {
            service.updateReward(id, rowVersion, draft(in));
        }
    }
}
