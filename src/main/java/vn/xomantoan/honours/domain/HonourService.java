package vn.xomantoan.honours.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.activities.Checks;
import vn.xomantoan.activities.LedgerQueries;
import vn.xomantoan.activities.Revisions;
import vn.xomantoan.activities.Vnd;
import vn.xomantoan.activities.WriteAccess;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
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
import vn.xomantoan.identity.Role;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Records and corrects self-governing models, exemplars and rewards, each checked before it is written. */
@Service
public class HonourService {

    private final JdbcClient jdbc;
    private final WriteAccess access;
    private final AuditLog audit;
    private final LedgerQueries ledger;

    HonourService(JdbcClient jdbc, WriteAccess access, AuditLog audit, LedgerQueries ledger) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.ledger = ledger;
    }

    private record ValidModel(Map<String, Object> columns, String name, String unitName, Map<Integer, ModelRating> ratings) {
    }

    @Transactional
    public long createModel(ModelDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        ValidModel v = validateModel(d);
        long id = Revisions.insert(jdbc, "self_governing_model", created(v.columns()));
        insertRatings(id, v.ratings());
        audit.record(AuditAction.CREATE, "SelfGoverningModel", id, "Ghi nhận mô hình \"" + v.name() + "\" tại " + v.unitName(), null, d);
        return id;
    }

    /** Saves a corrected model; its yearly ratings are replaced by the ones given. */
    @Transactional
    public void updateModel(long id, long rowVersion, ModelDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        requireVisible(HonourLedgers.MODELS, id);
        ValidModel v = validateModel(d);
        Map<String, Object> before = Revisions.update(jdbc, "self_governing_model", id, rowVersion, v.columns());
        jdbc.sql("DELETE FROM model_rating WHERE model_id = :id").param("id", id).update();
        insertRatings(id, v.ratings());
        audit.record(AuditAction.UPDATE, "SelfGoverningModel", id, "Sửa mô hình \"" + v.name() + "\" tại " + v.unitName(), before, d);
    }

    private void insertRatings(long id, Map<Integer, ModelRating> ratings) {
        ratings.forEach((year, r) -> jdbc.sql("INSERT INTO model_rating (model_id, rating_year, rating) VALUES (:m, :y, :r)")
                .param("m", id).param("y", year).param("r", r.name()).update());
    }

    private ValidModel validateModel(ModelDraft d) {
        Checks c = new Checks(access);
        String name = c.text("name", d.name(), 300);
        ModelType type = c.choice("type", d.type(), ModelType.class, true);
        LocalDate start = c.date("startedOn", d.startedOn(), true);
        UnitView unit = c.unit("unit", d.unitCode(), start, true);
        long members = c.count("members", d.members(), true);
        Map<Integer, ModelRating> ratings = new TreeMap<>();
        if (d.ratings() != null) {
            d.ratings().forEach((year, value) -> {
                ModelRating r = c.choice("ratings", value, ModelRating.class, true);
                if (year == null || (start != null && year < start.getYear()) || year > LocalDate.now().getYear()) {
                    c.add("ratings", "models.error.ratingYear", String.valueOf(year));
                } else if (r != null) {
                    ratings.put(year, r);
                }
            });
        }
        c.throwIfAny();
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("model_type", type.name());
        p.put("unit_id", unit.id());
        p.put("started_on", start);
        p.put("members", members);
        p.put("search_key", VietnameseText.searchKey(name + " " + unit.name()));
        p.put("sort_key", VietnameseText.sortKey(name));
        return new ValidModel(p, name, unit.name(), ratings);
    }

    private record ValidExemplar(Map<String, Object> columns, String summary) {
    }

    @Transactional
    public long createExemplar(ExemplarDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        ValidExemplar v = validateExemplar(d, null);
        long id = Revisions.insert(jdbc, "exemplar", created(v.columns()));
        audit.record(AuditAction.CREATE, "Exemplar", id, "Ghi nhận điển hình " + v.summary(), null, d);
        return id;
    }

    @Transactional
    public void updateExemplar(long id, long rowVersion, ExemplarDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        requireVisible(HonourLedgers.EXEMPLARS, id);
        ValidExemplar v = validateExemplar(d, id);
        Map<String, Object> before = Revisions.update(jdbc, "exemplar", id, rowVersion, v.columns());
        audit.record(AuditAction.UPDATE, "Exemplar", id, "Sửa điển hình " + v.summary(), before, d);
    }

    /** {@code self} is the exemplar being corrected (it does not count against the one-per-commune rule). */
    private ValidExemplar validateExemplar(ExemplarDraft d, Long self) {
        Checks c = new Checks(access);
        ExemplarSelection selection = c.choice("selection", d.selection(), ExemplarSelection.class, true);
        ExemplarRole role = c.choice("role", d.role(), ExemplarRole.class, true);
        String name = c.text("fullName", d.fullName(), 200);
        LocalDate selectedOn = c.date("selectedOn", d.selectedOn(), true);
        LocalDate trainedOn = c.date("trainedOn", d.trainedOn(), false);
        if (selectedOn != null && trainedOn != null && trainedOn.isBefore(selectedOn)) {
            c.add("trainedOn", "exemplars.error.trainedBeforeSelected");
        }
        UnitView unit = c.unit("unit", d.unitCode(), selectedOn, true);
        int cycle = d.cycleYear() == null ? (selectedOn == null ? 0 : selectedOn.getYear()) : d.cycleYear();
        if (selectedOn != null && (cycle < selectedOn.getYear() - 1 || cycle > selectedOn.getYear() + 1)) {
            c.add("cycleYear", "exemplars.error.cycle", cycle);
        }
        String replication = c.optionalText("replication", d.replication(), 1000);
        if (selection == ExemplarSelection.COMMUNE_SELECTION && unit != null) {
            if (unit.level() != UnitLevel.COMMUNE) {
                c.add("unit", "exemplars.error.communeOnly", unit.name());
            } else if (role == ExemplarRole.PARTY_CELL_SECRETARY || role == ExemplarRole.AREA_HEAD) {
                long already = jdbc.sql("""
                                SELECT COUNT(*) FROM exemplar WHERE selection = 'COMMUNE_SELECTION' AND unit_id = :u
                                AND cycle_year = :y AND person_role = :r AND id <> :self""")
                        .param("u", unit.id()).param("y", cycle).param("r", role.name()).param("self", self == null ? -1L : self)
                        .query(Long.class).single();
                if (already > 0) {
                    c.add("role", "exemplars.error.onePerCommune", unit.name(), cycle);
                }
            }
        }
        c.throwIfAny();
        Map<String, Object> p = new HashMap<>();
        p.put("selection", selection.name());
        p.put("person_role", role.name());
        p.put("full_name", name);
        p.put("unit_id", unit.id());
        p.put("cycle_year", cycle);
        p.put("selected_on", selectedOn);
        p.put("trained_on", trainedOn);
        p.put("replication", replication);
        p.put("key_person_id", d.keyPersonId());
        p.put("search_key", VietnameseText.searchKey(name + " " + unit.name()));
        p.put("sort_key", VietnameseText.sortKey(name));
        return new ValidExemplar(p, name + " (" + unit.name() + ", " + cycle + ")");
    }

    /** A checked reward recipient, ready to store. */
    public record ValidReward(String number, LocalDate on, String authority, RewardLevel level, RewardForm form, RecipientKind kind,
                              UnitView unit, String name, Long keyPersonId, long amount, String reason) {
    }

    @Transactional
    public long createReward(RewardDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        return insertReward(validateReward(d));
    }

    @Transactional
    public void updateReward(long id, long rowVersion, RewardDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        requireVisible(HonourLedgers.REWARDS, id);
        ValidReward v = validateReward(d);
        Map<String, Object> before = Revisions.update(jdbc, "reward", id, rowVersion, rewardColumns(v));
        audit.record(AuditAction.UPDATE, "Reward", id, "Sửa khen thưởng " + v.name() + " theo quyết định " + v.number() + " ngày "
                + WebDates.format(v.on()), before, d);
    }

    /** Checks a reward without writing (imports check every row first). */
    public ValidReward validateReward(RewardDraft d) {
        Checks c = new Checks(access);
        String number = c.text("decisionNumber", d.decisionNumber(), 60);
        LocalDate on = c.date("decidedOn", d.decidedOn(), true);
        String authority = c.text("authority", d.authority(), 300);
        RewardLevel level = c.choice("level", d.level(), RewardLevel.class, true);
        RewardForm form = c.choice("form", d.form(), RewardForm.class, true);
        RecipientKind kind = c.choice("recipientKind", d.recipientKind(), RecipientKind.class, true);
        UnitView unit = c.unit("unit", d.unitCode(), on, true);
        String recipient = c.optionalText("recipientName", d.recipientName(), 300);
        if (kind == RecipientKind.INDIVIDUAL && recipient == null) {
            c.add("recipientName", "rewards.error.nameRequired");
        }
        if (kind == RecipientKind.COLLECTIVE && d.keyPersonId() != null) {
            c.add("keyPersonId", "rewards.error.keyPersonForCollective");
        }
        long amount = c.count("amountVnd", d.amountVnd() == null ? 0L : d.amountVnd(), false);
        String reason = c.optionalText("reason", d.reason(), 1000);
        c.throwIfAny();
        return new ValidReward(number, on, authority, level, form, kind, unit, recipient != null ? recipient : unit.name(),
                d.keyPersonId(), amount, reason);
    }

    @Transactional
    public long insertReward(ValidReward v) {
        long id = Revisions.insert(jdbc, "reward", created(rewardColumns(v)));
        audit.record(AuditAction.CREATE, "Reward", id, "Ghi nhận khen thưởng " + v.name() + " theo quyết định " + v.number() + " ngày "
                + WebDates.format(v.on()) + (v.amount() > 0 ? ", tiền thưởng " + Vnd.money(v.amount()) : ""), null, v);
        return id;
    }

    private static Map<String, Object> rewardColumns(ValidReward v) {
        Map<String, Object> p = new HashMap<>();
        p.put("decision_number", v.number());
        p.put("decided_on", v.on());
        p.put("authority", v.authority());
        p.put("reward_level", v.level().name());
        p.put("form", v.form().name());
        p.put("recipient_kind", v.kind().name());
        p.put("unit_id", v.unit().id());
        p.put("recipient_name", v.name());
        p.put("key_person_id", v.keyPersonId());
        p.put("amount_vnd", v.amount());
        p.put("reason", v.reason());
        p.put("search_key", VietnameseText.searchKey(v.name() + " " + v.number() + " " + v.authority()));
        p.put("sort_key", VietnameseText.sortKey(v.name()));
        return p;
    }

    private void requireVisible(vn.xomantoan.activities.LedgerKind kind, long id) {
        if (!ledger.visible(kind, id)) {
            throw new NotFound();
        }
    }

    private static Map<String, Object> created(Map<String, Object> columns) {
        Map<String, Object> p = new HashMap<>(columns);
        p.put("created_at", LocalDateTime.now());
        return p;
    }
}
