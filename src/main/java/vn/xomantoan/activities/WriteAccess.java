package vn.xomantoan.activities;

import org.springframework.stereotype.Component;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The checks every ledger write makes before validating anything: the role may write this kind of
 * record (403 otherwise), and each unit named lies inside the caller's scope (404 otherwise).
 */
@Component
public class WriteAccess {

    private final AccessScope access;
    private final UnitCatalog units;

    WriteAccess(AccessScope access, UnitCatalog units) {
        this.access = access;
        this.units = units;
    }

    public void require(Role... allowed) {
        Role role = access.role().orElseThrow(Forbidden::new);
        if (role.readOnly() || (role != Role.ADMIN && !Arrays.asList(allowed).contains(role))) {
            throw new Forbidden();
        }
    }

    /**
     * The version of the unit with this code valid on the date, when the caller may see it. Empty
     * when no unit has that code on that date; NotFound when it exists outside the scope.
     */
    public Optional<UnitView> unitOn(String code, LocalDate date) {
        if (code == null || code.isBlank() || date == null) {
            return Optional.empty();
        }
        UnitScope scope = access.current();
        Optional<UnitView> mine = units.validOn(code.trim(), date, scope);
        if (mine.isEmpty() && units.validOn(code.trim(), date, UnitScope.EVERYTHING).isPresent()) {
            throw new NotFound();
        }
        return mine;
    }

    public Optional<UnitView> unitById(long id) {
        return units.byId(id, access.current());
    }

    public UnitScope scope() {
        return access.current();
    }

    /** The signed-in user's home unit, when it is in their scope (forms start with it). */
    public Optional<UnitView> home() {
        return access.user().map(u -> u.homeUnitId()).flatMap(id -> id == null ? Optional.empty() : units.byId(id, access.current()));
    }
}
