package vn.xomantoan.households.domain;

import org.springframework.stereotype.Component;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.Forbidden;

/**
 * Who may change what: households are kept by every role but LEADER (an area head in their own
 * area); key people are appointed by officers only. Where is always the caller's scope.
 */
@Component
public class HouseholdAccess {

    private final AccessScope access;

    HouseholdAccess(AccessScope access) {
        this.access = access;
    }

    public UnitScope scope() {
        return access.current();
    }

    public boolean canWriteHouseholds() {
        return access.hasRole(Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER, Role.AREA_HEAD);
    }

    public boolean canWriteKeyPeople() {
        return access.hasRole(Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
    }

    public void requireHouseholdWriter() {
        if (!canWriteHouseholds()) {
            throw new Forbidden();
        }
    }

    public void requireKeyPeopleWriter() {
        if (!canWriteKeyPeople()) {
            throw new Forbidden();
        }
    }

    public boolean isAdmin() {
        return access.hasRole(Role.ADMIN);
    }

    public String username() {
        return access.user().map(u -> u.getUsername()).orElse("system");
    }
}
