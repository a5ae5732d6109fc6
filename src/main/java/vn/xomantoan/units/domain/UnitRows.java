package vn.xomantoan.units.domain;

import org.springframework.jdbc.core.RowMapper;
import vn.xomantoan.units.EnterpriseSize;
import vn.xomantoan.units.SchoolLevel;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitType;
import vn.xomantoan.units.UnitView;

import java.sql.Date;
import java.time.LocalDate;

/** SQL column list and row mapping for {@link UnitView}. */
final class UnitRows {

    static final String COLUMNS = "u.id, u.code, u.official_code, u.name, u.unit_type, u.level, u.parent_id, u.path, "
            + "u.depth, u.valid_from, u.valid_to, u.enterprise_size, u.school_level, u.note, u.row_version";

    /** Condition "valid on :asOf" for alias u. */
    static final String VALID_ON = "u.valid_from <= :asOf AND (u.valid_to IS NULL OR u.valid_to >= :asOf)";

    static final RowMapper<UnitView> MAPPER = (rs, i) -> new UnitView(
            rs.getLong("id"),
            rs.getString("code"),
            rs.getBoolean("official_code"),
            rs.getString("name"),
            UnitType.valueOf(rs.getString("unit_type")),
            UnitLevel.valueOf(rs.getString("level")),
            (Long) rs.getObject("parent_id", Long.class),
            rs.getString("path"),
            rs.getInt("depth"),
            toLocal(rs.getDate("valid_from")),
            toLocal(rs.getDate("valid_to")),
            rs.getString("enterprise_size") == null ? null : EnterpriseSize.valueOf(rs.getString("enterprise_size")),
            rs.getString("school_level") == null ? null : SchoolLevel.valueOf(rs.getString("school_level")),
            rs.getString("note"),
            rs.getLong("row_version"));

    private UnitRows() {
    }

    private static LocalDate toLocal(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
