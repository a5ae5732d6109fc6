package vn.xomantoan.reporting.web;

import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;

/** Who may write review reports: police officers and administrators (leaders and area heads read). */
final class ReportAccess {

    private ReportAccess() {
    }

    static boolean canWrite(AccessScope access) {
        return access.hasRole(Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
    }
}
