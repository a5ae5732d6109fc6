package vn.xomantoan.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * The one access-scope API: every query that returns units or facts filters by
 * {@link #current()}, and every write checks {@link #current()} and {@link #role()}.
 */
@Service
public class AccessScope {

    private final UnitDirectory units;

    AccessScope(UnitDirectory units) {
        this.units = units;
    }

    public Optional<CurrentUser> user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public Optional<Role> role() {
        return user().map(CurrentUser::role);
    }

    /** The scope of the signed-in user; nothing when no one is signed in. */
    public UnitScope current() {
        return user().map(this::scopeOf).orElse(UnitScope.NOTHING);
    }

    public UnitScope scopeOf(CurrentUser user) {
        if (user.role() == Role.ADMIN) {
            return UnitScope.EVERYTHING;
        }
        if (user.homeUnitId() == null) {
            return UnitScope.NOTHING;
        }
        return UnitScope.of(units.lineagePaths(user.homeUnitId()));
    }

    public boolean hasRole(Role... roles) {
        Optional<Role> mine = role();
        if (mine.isEmpty()) {
            return false;
        }
        for (Role r : roles) {
            if (r == mine.get()) {
                return true;
            }
        }
        return false;
    }
}
