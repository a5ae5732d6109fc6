package vn.xomantoan.reporting.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.xomantoan.audit.ChangeStamp;
import vn.xomantoan.audit.ChangeStampedCache;
import vn.xomantoan.identity.UnitScope;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The dashboard's rendered body (everything below the navigation bar), kept until the data changes
 * (see {@link ChangeStampedCache}). It depends only on what the key holds: the unit and period asked
 * for, the indicator on the charts, the scope (which units exist for the user), the language and
 * whether the user may write reports; the user's name and form tokens are in the layout around it,
 * rendered for every request. An entry exists only if a request with that scope was allowed to see
 * the unit, so a hit needs no access check of its own.
 */
@Component
class DashboardPages {

    record Key(String unit, LocalDate from, LocalDate to, LocalDate asOf, String indicator, UnitScope scope, Locale locale,
               boolean canWriteReports) {
    }

    private final ChangeStampedCache<Key, String> bodies;

    DashboardPages(ChangeStamp changes, @Value("${xomantoan.reporting.page-cache.entries:100}") int capacity,
                   @Value("${xomantoan.reporting.cache.ttl-seconds:300}") long ttlSeconds) {
        this.bodies = changes.cache(capacity, ttlSeconds);
    }

    String get(Key key, Supplier<String> render) {
        return bodies.get(key, render);
    }
}
