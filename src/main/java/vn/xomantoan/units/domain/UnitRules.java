package vn.xomantoan.units.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.Role;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.Forbidden;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure.Problem;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitType;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The rules every write of the hierarchy obeys, and who may make it. */
@Component
class UnitRules {

    private final JdbcClient jdbc;
    private final AccessScope access;

    UnitRules(JdbcClient jdbc, AccessScope access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** 404 when the unit lies outside the user's scope, 403 when their role may not change it. */
    void requireCanEdit(UnitLevel level, UnitView anchor) {
        UnitScope scope = access.current();
        if (anchor != null && !scope.contains(anchor.path())) {
            throw new NotFound();
        }
        Role role = access.role().orElseThrow(Forbidden::new);
        boolean allowed = switch (role) {
            case ADMIN -> true;
            case PROVINCE_OFFICER -> level != UnitLevel.PROVINCE && anchor != null;
            case COMMUNE_OFFICER -> (level == UnitLevel.RESIDENTIAL_AREA || level == UnitLevel.ESTABLISHMENT) && anchor != null;
            default -> false;
        };
        if (!allowed) {
            throw new Forbidden();
        }
    }

    static boolean parentFits(UnitType type, UnitView parent) {
        return HierarchyRules.parentFits(type.level(), parent == null ? null : parent.level());
    }

    void checkDraft(UnitDraft d, UnitView parent, Collection<Long> replacedIds, List<Problem> problems) {
        if (d.name() == null || d.name().isBlank()) {
            problems.add(new Problem("name", "unit.error.nameRequired", null));
        }
        if (d.code() == null || !HierarchyRules.CODE.matcher(d.code()).matches()) {
            problems.add(new Problem("code", "unit.error.codeInvalid", new Object[]{d.code()}));
        }
        if (d.type() == null) {
            problems.add(new Problem("type", "unit.error.typeRequired", null));
            return;
        }
        if (d.validFrom() == null) {
            problems.add(new Problem("validFrom", "unit.error.validFromRequired", null));
            return;
        }
        if (d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            problems.add(new Problem("validTo", "unit.error.validToBeforeFrom", null));
        }
        if (!parentFits(d.type(), parent)) {
            problems.add(new Problem("parent", "unit.error.parentLevel", null));
        } else if (parent != null && !covers(parent, d.validFrom(), d.validTo())) {
            problems.add(new Problem("parent", "unit.error.parentNotValid", new Object[]{parent.name()}));
        }
        if (d.code() != null && overlaps(d.code(), d.validFrom(), d.validTo(), replacedIds)) {
            problems.add(new Problem("code", "unit.error.codeOverlap", new Object[]{d.code()}));
        }
    }

    static boolean covers(UnitView parent, LocalDate from, LocalDate to) {
        return HierarchyRules.covers(parent.validFrom(), parent.validTo(), from, to);
    }

    private boolean overlaps(String code, LocalDate from, LocalDate to, Collection<Long> excluded) {
        String sql = "SELECT COUNT(*) FROM org_unit u WHERE u.code = :code AND (u.valid_to IS NULL OR u.valid_to >= :from)"
                + (to == null ? "" : " AND u.valid_from <= :to")
                + (excluded.isEmpty() ? "" : " AND u.id NOT IN (:excluded)");
        var spec = jdbc.sql(sql).param("code", code).param("from", from);
        if (to != null) {
            spec = spec.param("to", to);
        }
        if (!excluded.isEmpty()) {
            spec = spec.param("excluded", excluded);
        }
        return spec.query(Long.class).single() > 0;
    }
}
