package vn.xomantoan.honours.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.xomantoan.activities.Checks;
import vn.xomantoan.activities.Vnd;
import vn.xomantoan.activities.WriteAccess;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.honours.ExemplarDraft;
import vn.xomantoan.honours.ExemplarRole;
import vn.xomantoan.honours.ExemplarSelection;
import vn.xomantoan.honours.ModelDraft;
import vn.xomantoan.honours.ModelRating;
import vn.xomantoan.honours.ModelType;
import vn.xomantoan.honours.RecipientKind;
import vn.xomantoan.honours.RewardDraft;
import vn.xomantoan.honours.RewardForm;
import vn.xomantoan.honours.RewardLevel;
import vn.xomantoan.identity.Role;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Records self-governing models, exemplars and rewards, each checked before it is written. */
@Service
public class HonourService {

    private final JdbcClient jdbc;
    private final WriteAccess access;
    private final AuditLog audit;

    HonourService(JdbcClient jdbc, WriteAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public long createModel(ModelDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
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
        p.put("type", type.name());
        p.put("unit", unit.id());
        p.put("start", start);
        p.put("members", members);
        p.put("sk", VietnameseText.searchKey(name + " " + unit.name()));
        p.put("so", VietnameseText.sortKey(name));
        p.put("at", LocalDateTime.now());
        long id = insert("""
                INSERT INTO self_governing_model (name, model_type, unit_id, started_on, members, search_key, sort_key, created_at)
                VALUES (:name, :type, :unit, :start, :members, :sk, :so, :at)""", p);
        ratings.forEach((year, r) -> jdbc.sql("INSERT INTO model_rating (model_id, rating_year, rating) VALUES (:m, :y, :r)")
                .param("m", id).param("y", year).param("r", r.name()).update());
        audit.record(AuditAction.CREATE, "SelfGoverningModel", id, "Ghi nhận mô hình \"" + name + "\" tại " + unit.name(), null, d);
        return id;
    }

    @Transactional
    public long createExemplar(ExemplarDraft d) {
        access.require(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
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
                                AND cycle_year = :y AND person_role = :r""")
                        .param("u", unit.id()).param("y", cycle).param("r", role.name()).query(Long.class).single();
                if (already > 0) {
                    c.add("role", "exemplars.error.onePerCommune", unit.name(), cycle);
                }
            }
        }
        c.throwIfAny();
        Map<String, Object> p = new HashMap<>();
        p.put("selection", selection.name());
        p.put("role", role.name());
        p.put("name", name);
        p.put("unit", unit.id());
        p.put("cycle", cycle);
        p.put("selectedOn", selectedOn);
        p.put("trainedOn", trainedOn);
        p.put("replication", replication);
        p.put("kp", d.keyPersonId());
        p.put("sk", VietnameseText.searchKey(name + " " + unit.name()));
        p.put("so", VietnameseText.sortKey(name));
        p.put("at", LocalDateTime.now());
        long id = insert("""
                INSERT INTO exemplar (selection, person_role, full_name, unit_id, cycle_year, selected_on, trained_on, replication,
                    key_person_id, search_key, sort_key, created_at)
                VALUES (:selection, :role, :name, :unit, :cycle, :selectedOn, :trainedOn, :replication, :kp, :sk, :so, :at)""", p);
        audit.record(AuditAction.CREATE, "Exemplar", id, "Ghi nhận điển hình " + name + " (" + unit.name() + ", " + cycle + ")", null, d);
        return id;
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
        String number = v.number();
        LocalDate on = v.on();
        String authority = v.authority();
        String name = v.name();
        long amount = v.amount();
        UnitView unit = v.unit();
        Map<String, Object> p = new HashMap<>();
        p.put("number", number);
        p.put("on", on);
        p.put("authority", authority);
        p.put("level", v.level().name());
        p.put("form", v.form().name());
        p.put("kind", v.kind().name());
        p.put("unit", unit.id());
        p.put("name", name);
        p.put("kp", v.keyPersonId());
        p.put("amount", amount);
        p.put("reason", v.reason());
        p.put("sk", VietnameseText.searchKey(name + " " + number + " " + authority));
        p.put("so", VietnameseText.sortKey(name));
        p.put("at", LocalDateTime.now());
        long id = insert("""
                INSERT INTO reward (decision_number, decided_on, authority, reward_level, form, recipient_kind, unit_id, recipient_name,
                    key_person_id, amount_vnd, reason, search_key, sort_key, created_at)
                VALUES (:number, :on, :authority, :level, :form, :kind, :unit, :name, :kp, :amount, :reason, :sk, :so, :at)""", p);
        audit.record(AuditAction.CREATE, "Reward", id, "Ghi nhận khen thưởng " + name + " theo quyết định " + number + " ngày "
                + WebDates.format(on) + (amount > 0 ? ", tiền thưởng " + Vnd.money(amount) : ""), null, v);
        return id;
    }

    private long insert(String sql, Map<String, Object> params) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKey().longValue();
    }
}
