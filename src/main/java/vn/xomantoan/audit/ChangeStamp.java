package vn.xomantoan.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The newest audit event's id: it changes whenever the product changes data (see {@link ChangeStampedCache}). */
@Component
public class ChangeStamp {

    private final JdbcClient jdbc;

    ChangeStamp(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        Long max = jdbc.sql("SELECT MAX(id) FROM audit_event").query(Long.class).single();
        return max == null ? 0 : max;
    }

    /** A cache whose entries last until the next change, or {@code ttlSeconds} at most. */
    public <K, V> ChangeStampedCache<K, V> cache(int capacity, long ttlSeconds) {
        return new ChangeStampedCache<>(this::current, capacity, ttlSeconds);
    }
}
