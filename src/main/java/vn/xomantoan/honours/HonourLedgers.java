package vn.xomantoan.honours;

import vn.xomantoan.activities.LedgerColumn;
import vn.xomantoan.activities.LedgerKind;
import vn.xomantoan.activities.LedgerSum;

import java.util.List;
import java.util.Map;

public final class HonourLedgers {

    private HonourLedgers() {
    }

    public static final LedgerKind MODELS = new LedgerKind("models", "models.title", "/honours", "self_governing_model r",
            "r.started_on", "r.ended_on", "r.model_type", "model.type.", LedgerKind.names(ModelType.class),
            List.of(new LedgerSum("members", "models.col.members", "r.members", false)),
            List.of(LedgerColumn.text("name", "models.col.name", "r.name"),
                    LedgerColumn.label("type", "models.col.type", "r.model_type", "model.type."),
                    LedgerColumn.date("startedOn", "models.col.startedOn", "r.started_on"),
                    LedgerColumn.number("members", "models.col.members", "r.members"),
                    LedgerColumn.label("lastRating", "models.col.lastRating",
                            "(SELECT mr.rating FROM model_rating mr WHERE mr.model_id = r.id ORDER BY mr.rating_year DESC LIMIT 1)",
                            "model.rating.")),
            Map.of(), false, null);

    public static final LedgerKind EXEMPLARS = new LedgerKind("exemplars", "exemplars.title", "/honours/exemplars", "exemplar r",
            "r.selected_on", null, "r.selection", "exemplar.selection.", LedgerKind.names(ExemplarSelection.class), List.of(),
            List.of(LedgerColumn.text("fullName", "exemplars.col.fullName", "r.full_name"),
                    LedgerColumn.label("role", "exemplars.col.role", "r.person_role", "exemplar.role."),
                    LedgerColumn.label("selection", "exemplars.col.selection", "r.selection", "exemplar.selection."),
                    LedgerColumn.number("cycleYear", "exemplars.col.cycleYear", "r.cycle_year"),
                    LedgerColumn.date("selectedOn", "exemplars.col.selectedOn", "r.selected_on"),
                    LedgerColumn.date("trainedOn", "exemplars.col.trainedOn", "r.trained_on"),
                    LedgerColumn.text("replication", "exemplars.col.replication", "r.replication")),
            Map.of("role", LedgerColumn.label("role", "exemplars.col.role", "r.person_role", "exemplar.role.")), false, null);

    public static final LedgerKind REWARDS = new LedgerKind("rewards", "rewards.title", "/honours/rewards", "reward r",
            "r.decided_on", null, "r.form", "reward.form.", LedgerKind.names(RewardForm.class),
            List.of(new LedgerSum("amountVnd", "rewards.col.amount", "r.amount_vnd", true)),
            List.of(LedgerColumn.text("decisionNumber", "rewards.col.decisionNumber", "r.decision_number"),
                    LedgerColumn.date("decidedOn", "rewards.col.decidedOn", "r.decided_on"),
                    LedgerColumn.text("authority", "rewards.col.authority", "r.authority"),
                    LedgerColumn.label("level", "rewards.col.level", "r.reward_level", "reward.level."),
                    LedgerColumn.label("form", "rewards.col.form", "r.form", "reward.form."),
                    LedgerColumn.label("recipientKind", "rewards.col.recipientKind", "r.recipient_kind", "reward.recipient."),
                    LedgerColumn.text("recipientName", "rewards.col.recipientName", "r.recipient_name"),
                    LedgerColumn.money("amountVnd", "rewards.col.amount", "r.amount_vnd")),
            Map.of("level", LedgerColumn.label("level", "rewards.col.level", "r.reward_level", "reward.level."),
                    "recipientKind", LedgerColumn.label("recipientKind", "rewards.col.recipientKind", "r.recipient_kind", "reward.recipient.")),
            false, null);

    public static final List<LedgerKind> ALL = List.of(MODELS, EXEMPLARS, REWARDS);
}
