package vn.xomantoan.commitments.domain;

import org.springframework.stereotype.Component;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.CurrentUser;
import vn.xomantoan.identity.Role;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.List;

/** Who may do what with commitments, and where: the scope decides where (404 outside), the role what (403). */
@Component
public class CommitmentAccess {

    private final AccessScope access;
    private final UnitCatalog units;
    private final AuditLog audit;

    CommitmentAccess(AccessScope access, UnitCatalog units, AuditLog audit) {
        this.access = access;
        this.units = units;
        this.audit = audit;
    }

    /** Household heads' names are personal data: a page or file listing an area's households is logged. */
    public void recordReadOfArea(String areaCode, String purpose) {
        audit.recordRead("AreaHouseholds", areaCode, purpose);
    }

    public UnitScope scope() {
        return access.current();
    }

    public String username() {
        return access.user().map(CurrentUser::getUsername).orElse("system");
    }

    public String fullName() {
        return access.user().map(CurrentUser::fullName).orElse("");
    }

    public Role role() {
        return access.role().orElse(null);
    }

    /** Households are recorded by police officers and by area heads; leaders only read. */
    public boolean canRecord() {
        return access.hasRole(Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER, Role.AREA_HEAD);
    }

    public boolean canManageCampaigns() {
        return access.hasRole(Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
    }

    public boolean canEditTemplates() {
        return access.hasRole(Role.ADMIN, Role.PROVINCE_OFFICER);
    }

    public void requireRecorder() {
        if (!canRecord()) {
            throw new Forbidden();
        }
    }

    /** The residential area with this code on the date, if the user may see it; else 404. */
    public UnitView visibleArea(String areaCode, LocalDate date) {
        return units.validOn(areaCode, date, scope()).filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA)
                .orElseThrow(NotFound::new);
    }

    /** The signed-in user's home unit (the current version), if any. */
    public java.util.Optional<UnitView> homeUnit() {
        return access.user().map(CurrentUser::homeUnitId).flatMap(id -> units.byId(id, UnitScope.EVERYTHING));
    }

    public UnitCatalog units() {
        return units;
    }

    /** Paths of the campaign owner's territory on a date (the owner itself, or the units that took it over). */
    public List<String> ownerPathsOn(Campaign campaign, LocalDate date) {
        UnitView owner = units.byId(campaign.ownerUnitId(), UnitScope.EVERYTHING).orElseThrow(NotFound::new);
        if (owner.validOn(date)) {
            return List.of(owner.path());
        }
        return units.carryTo(owner, date).stream().map(UnitView::path).toList();
    }

    /** True when the campaign reaches the unit on the date (the unit lies inside or above the owner's territory). */
    public boolean covers(Campaign campaign, UnitView unit, LocalDate date) {
        return ownerPathsOn(campaign, date).stream()
                .anyMatch(p -> unit.path().startsWith(p) || p.startsWith(unit.path()));
    }
}
