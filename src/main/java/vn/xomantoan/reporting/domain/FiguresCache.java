package vn.xomantoan.reporting.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.identity.UnitScope;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps computed figures until the data changes. Every change the product makes writes an audit
 * event in its own transaction, so the newest audit event's id is a change stamp that every node
 * reads from the shared database (one index lookup): an entry is served only while the stamp it was
 * computed under is still the newest. A time limit bounds what a write outside the product (a
 * manual SQL fix) could leave stale.
 */
@Component
class FiguresCache {

    /** {@code only}: the one indicator computed, or null for all of them. */
    record Key(long unitVersionId, LocalDate from, LocalDate to, LocalDate asOf, boolean byChild, List<Long> children, UnitScope scope,
               String only) {
    }

    private record Entry(Figures figures, long stamp, long at) {
    }

    private final JdbcClient jdbc;
    private final int capacity;
    private final long ttlMillis;
    private final Map<Key, Entry> entries;
    private final ConcurrentHashMap<Key, CompletableFuture<Figures>> inFlight = new ConcurrentHashMap<>();

    FiguresCache(JdbcClient jdbc, @Value("${xomantoan.reporting.cache.entries:500}") int capacity,
                 @Value("${xomantoan.reporting.cache.ttl-seconds:300}") long ttlSeconds) {
        this.jdbc = jdbc;
        this.capacity = capacity;
        this.ttlMillis = ttlSeconds * 1000;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > FiguresCache.this.capacity;
            }
        };
    }

    static Key key(Selection s, boolean byChild, UnitScope scope) {
        return key(s, byChild, scope, null);
    }

    static Key key(Selection s, boolean byChild, UnitScope scope, String only) {
        return new Key(s.unit().id(), s.from(), s.to(), s.asOf(), byChild, s.children().stream().map(c -> c.id()).toList(), scope, only);
    }

    /** The stored figures when nothing changed since they were computed, else none. */
    Figures find(Key key) {
        if (capacity <= 0) {
            return null;
        }
        Entry e;
        synchronized (entries) {
            e = entries.get(key);
        }
        if (e == null || System.currentTimeMillis() - e.at() > ttlMillis || e.stamp() != stamp()) {
            return null;
        }
        return e.figures();
    }

    /**
     * The kept figures, or computes them; requests for the same key that arrive while they are being
     * computed wait for that one computation instead of starting their own (fifty users opening the
     * province dashboard at nine would otherwise run fifty identical sets of queries).
     */
    Figures get(Key key, Supplier<Figures> compute) {
        Figures found = find(key);
        if (found != null) {
            return found;
        }
        if (capacity <= 0) {
            return compute.get();
        }
        CompletableFuture<Figures> mine = new CompletableFuture<>();
        CompletableFuture<Figures> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            long stamp = stamp();
            Figures computed = compute.get();
            // Stored under the stamp read before computing: a change made meanwhile invalidates it at once.
            synchronized (entries) {
                entries.put(key, new Entry(computed, stamp, System.currentTimeMillis()));
            }
            mine.complete(computed);
            return computed;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private long stamp() {
        Long max = jdbc.sql("SELECT MAX(id) FROM audit_event").query(Long.class).single();
        return max == null ? 0 : max;
    }
}
