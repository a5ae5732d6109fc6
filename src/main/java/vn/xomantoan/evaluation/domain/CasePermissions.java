package vn.xomantoan.evaluation.domain;

import vn.xomantoan.identity.Role;

/**
 * Who may act on a case (inside their scope): the area head runs their own area's registration and
 * self-review, the commune officer the commune's areas and establishments (and decides them when
 * the commune's People's Committee is the competent authority), the provincial officer everything
 * the higher levels decide; leaders only read.
 */
public final class CasePermissions {

    private CasePermissions() {
    }

    public static boolean mayAct(Role role, UnitKind kind, CaseAction action, String deciderLevel) {
        return switch (role) {
            case ADMIN, PROVINCE_OFFICER -> true;
            case LEADER -> false;
            case AREA_HEAD -> kind == UnitKind.RESIDENTIAL_AREA
                    && (action == CaseAction.REGISTER || action == CaseAction.SELF_REVIEW || action == CaseAction.SUBMIT);
            case COMMUNE_OFFICER -> !action.deciding() || ("COMMUNE".equals(deciderLevel) && kind != UnitKind.COMMUNE);
        };
    }

    public static boolean mayAnswer(Role role, UnitKind kind) {
        return switch (role) {
            case ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER -> true;
            case AREA_HEAD -> kind == UnitKind.RESIDENTIAL_AREA;
            case LEADER -> false;
        };
    }

    public static boolean mayRun(Role role) {
        return !role.readOnly();
    }
}
