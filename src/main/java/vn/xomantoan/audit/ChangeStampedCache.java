package vn.xomantoan.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Keeps computed values until the data changes. Every change the product makes writes an audit event
 * in its own transaction, so the newest audit event's id is a change stamp that every node reads from
 * the shared database (one index lookup): an entry is served only while the stamp it was computed
 * under is still the newest. A time limit bounds what a write outside the product (a manual SQL fix)
 * could leave stale. Concurrent requests for the same key wait for one computation (single flight).
 * A capacity of 0 turns the cache off (every call computes).
 */
public final class ChangeStampedCache<K, V> {

    private record Entry<V>(V value, long stamp, long at) {
    }

    private final LongSupplier stamps;
    private final int capacity;
    private final long ttlMillis;
    private final Map<K, Entry<V>> entries;
    private final ConcurrentHashMap<K, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();

    public ChangeStampedCache(LongSupplier stamps, int capacity, long ttlSeconds) {
        this.stamps = stamps;
        this.capacity = capacity;
        this.ttlMillis = ttlSeconds * 1000;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > ChangeStampedCache.this.capacity;
            }
        };
    }

    /** The stored value when nothing changed since it was computed, else null. */
    public V find(K key) {
        if (capacity <= 0) {
            return null;
        }
        Entry<V> e;
        synchronized (entries) {
            e = entries.get(key);
        }
        if (e == null || System.currentTimeMillis() - e.at() > ttlMillis || e.stamp() != stamps.getAsLong()) {
            return null;
        }
        return e.value();
    }

    /** The kept value, or computes it once for all the requests that ask meanwhile. */
    public V get(K key, Supplier<V> compute) {
        V found = find(key);
        if (found != null) {
            return found;
        }
        if (capacity <= 0) {
            return compute.get();
        }
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            long stamp = stamps.getAsLong();
            V computed = compute.get();
            // Stored under the stamp read before computing: a change made meanwhile invalidates it at once.
            synchronized (entries) {
                entries.put(key, new Entry<>(computed, stamp, System.currentTimeMillis()));
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
}
