package vn.xomantoan.activities;

import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Figures of this capability for a unit subtree (with its predecessors) and a period, for the
 * reporting capability: a handful of grouped queries, never one per record.
 */
@Service
public class ActivityIndicators {

    public record TypeFigures(long count, long participants, long women) {
    }

    public record Figures(Map<ActivityType, TypeFigures> activities, long publications, long copiesDistributed,
                          long mediaItems, long programmes, long donations, long donationsVnd, long volunteerWork,
                          long volunteerHours) {
    }

    private final LedgerQueries queries;

    ActivityIndicators(LedgerQueries queries) {
        this.queries = queries;
    }

    /** Inside the caller's scope; unitVersionId null means the whole scope. */
    public Figures of(Long unitVersionId, LocalDate from, LocalDate to) {
        LedgerRequest request = new LedgerRequest(null, unitVersionId, from == null ? null : from.toString(),
                to == null ? null : to.toString(), null, null, 0, 1, null);
        LedgerFilter filter = queries.resolve(ActivityLedgers.ACTIVITIES, request);
        Map<ActivityType, TypeFigures> byType = new EnumMap<>(ActivityType.class);
        for (LedgerGroup g : queries.byDimension(ActivityLedgers.ACTIVITIES, filter, "type")) {
            byType.put(ActivityType.valueOf(g.key()), new TypeFigures(g.count(), g.sums().get(0), g.sums().get(1)));
        }
        LedgerGroup publications = queries.total(ActivityLedgers.PUBLICATIONS, filter);
        LedgerGroup distributed = queries.total(ActivityLedgers.DISTRIBUTIONS, filter);
        LedgerGroup media = queries.total(ActivityLedgers.MEDIA_ITEMS, filter);
        LedgerGroup programmes = queries.total(ActivityLedgers.PROGRAMMES, filter);
        long donations = 0;
        long donationsVnd = 0;
        long volunteer = 0;
        long hours = 0;
        for (LedgerGroup g : queries.byDimension(ActivityLedgers.CONTRIBUTIONS, filter, "type")) {
            if (ContributionKind.DONATION.name().equals(g.key())) {
                donations = g.count();
                donationsVnd = g.sums().get(0);
            } else {
                volunteer = g.count();
                hours = g.sums().get(2);
            }
        }
        return new Figures(byType, publications.count(), distributed.sums().get(0), media.count(), programmes.count(),
                donations, donationsVnd, volunteer, hours);
    }
}
