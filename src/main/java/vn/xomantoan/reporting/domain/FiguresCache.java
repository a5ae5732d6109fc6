package vn.xomantoan.reporting.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.xomantoan.audit.ChangeStamp;
import vn.xomantoan.audit.ChangeStampedCache;
import vn.xomantoan.identity.UnitScope;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The dashboard's figures, kept per unit, period, hierarchy date, children and scope until the data
 * changes (see {@link ChangeStampedCache}); concurrent requests for the same figures wait for one
 * computation.
 */
@Component
class FiguresCache {

    /** {@code only}: the one indicator computed, or null for all of them. */
    record Key(long unitVersionId, LocalDate from, LocalDate to, LocalDate asOf, boolean byChild, List<Long> children, UnitScope scope,
               String only) {
    }

    private final ChangeStampedCache<Key, Figures> entries;

    FiguresCache(ChangeStamp changes, @Value("${xomantoan.reporting.cache.entries:500}") int capacity,
                 @Value("${xomantoan.reporting.cache.ttl-seconds:300}") long ttlSeconds) {
        this.entries = changes.cache(capacity, ttlSeconds);
    }

    static Key key(Selection s, boolean byChild, UnitScope scope) {
        return key(s, byChild, scope, null);
    }

    static Key key(Selection s, boolean byChild, UnitScope scope, String only) {
        return new Key(s.unit().id(), s.from(), s.to(), s.asOf(), byChild, s.children().stream().map(c -> c.id()).toList(), scope, only);
    }

    /** The stored figures when nothing changed since they were computed, else none. */
    Figures find(Key key) {
        return entries.find(key);
    }

    /** The kept figures, or computes them (fifty users opening the province dashboard at nine share one computation). */
    Figures get(Key key, Supplier<Figures> compute) {
        return entries.get(key, compute);
    }
}
