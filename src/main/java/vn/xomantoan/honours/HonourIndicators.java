package vn.xomantoan.honours;

import org.springframework.stereotype.Service;
import vn.xomantoan.activities.LedgerFilter;
import vn.xomantoan.activities.LedgerGroup;
import vn.xomantoan.activities.LedgerQueries;
import vn.xomantoan.activities.LedgerRequest;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Models, exemplars and rewards for a unit subtree and period, for reports. */
@Service
public class HonourIndicators {

    public record Figures(long models, Map<ExemplarSelection, Long> exemplars, Map<RewardForm, Long> rewardsByForm,
                          Map<RewardLevel, Long> rewardsByLevel, long rewards, long rewardAmountVnd) {
    }

    private final LedgerQueries queries;

    HonourIndicators(LedgerQueries queries) {
        this.queries = queries;
    }

    public Figures of(Long unitVersionId, LocalDate from, LocalDate to) {
        LedgerFilter filter = queries.resolve(HonourLedgers.REWARDS, new LedgerRequest(null, unitVersionId,
                from == null ? null : from.toString(), to == null ? null : to.toString(), null, null, 0, 1, null));
        Map<ExemplarSelection, Long> exemplars = new EnumMap<>(ExemplarSelection.class);
        queries.byDimension(HonourLedgers.EXEMPLARS, filter, "type").forEach(g -> exemplars.put(ExemplarSelection.valueOf(g.key()), g.count()));
        Map<RewardForm, Long> byForm = new EnumMap<>(RewardForm.class);
        queries.byDimension(HonourLedgers.REWARDS, filter, "type").forEach(g -> byForm.put(RewardForm.valueOf(g.key()), g.count()));
        Map<RewardLevel, Long> byLevel = new EnumMap<>(RewardLevel.class);
        queries.byDimension(HonourLedgers.REWARDS, filter, "level").forEach(g -> byLevel.put(RewardLevel.valueOf(g.key()), g.count()));
        LedgerGroup rewards = queries.total(HonourLedgers.REWARDS, filter);
        return new Figures(queries.total(HonourLedgers.MODELS, filter).count(), exemplars, byForm, byLevel, rewards.count(),
                rewards.sums().get(0));
    }
}
