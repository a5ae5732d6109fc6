package vn.xomantoan.incidents.domain;

import org.springframework.stereotype.Component;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.Forbidden;

/** Incidents are sensitive: only administrators and police officers see or record them, inside their scope. */
@Component
public class IncidentAccess {

    private final AccessScope access;

    IncidentAccess(AccessScope access) {
        this.access = access;
    }

    /** The user's scope; 403 for roles that may not see the security situation. */
    public UnitScope requirePolice() {
        if (!access.hasRole(Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER)) {
            throw new Forbidden();
        }
        return access.current();
    }

    public void requireAdmin() {
        if (!access.hasRole(Role.ADMIN)) {
            throw new Forbidden();
        }
    }

    public Long homeUnitId() {
        return access.user().map(u -> u.homeUnitId()).orElse(null);
    }

    public String username() {
        return access.user().map(u -> u.getUsername()).orElse("system");
    }
}
