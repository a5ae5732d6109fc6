package vn.xomantoan.units.imports;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.units.EnterpriseSize;
import vn.xomantoan.units.SchoolLevel;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitType;
import vn.xomantoan.units.UnitView;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import needs to know about the units already stored, fetched for all the file's codes at
 * once (in chunks) instead of one query per row, so 100,000 rows stay a few hundred queries.
 */
@Component
class ExistingUnits {

    private static final int CHUNK = 500;

    private static final RowMapper<UnitView> MAPPER = (rs, i) -> new UnitView(
            rs.getLong("id"), rs.getString("code"), rs.getBoolean("official_code"), rs.getString("name"),
            UnitType.valueOf(rs.getString("unit_type")), UnitLevel.valueOf(rs.getString("level")),
            rs.getObject("parent_id", Long.class), rs.getString("path"), rs.getInt("depth"),
            toLocal(rs.getDate("valid_from")), toLocal(rs.getDate("valid_to")),
            rs.getString("enterprise_size") == null ? null : EnterpriseSize.valueOf(rs.getString("enterprise_size")),
            rs.getString("school_level") == null ? null : SchoolLevel.valueOf(rs.getString("school_level")),
            rs.getString("note"), rs.getLong("row_version"));

    private final JdbcClient jdbc;

    ExistingUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored version of each code, whatever its period. */
    Map<String, List<UnitView>> versionsOf(Collection<String> codes) {
        Map<String, List<UnitView>> result = new HashMap<>();
        List<String> list = new ArrayList<>(new HashSet<>(codes));
        for (int i = 0; i < list.size(); i += CHUNK) {
            jdbc.sql("SELECT id, code, official_code, name, unit_type, level, parent_id, path, depth, valid_from, valid_to, "
                            + "enterprise_size, school_level, note, row_version FROM org_unit WHERE code IN (:codes)")
                    .param("codes", list.subList(i, Math.min(list.size(), i + CHUNK)))
                    .query(MAPPER).list()
                    .forEach(u -> result.computeIfAbsent(u.code(), c -> new ArrayList<>()).add(u));
        }
        return result;
    }

    /** Codes ever used that start with the prefix (for own codes of residential areas and establishments). */
    Set<String> codesStartingWith(String prefix) {
        return new HashSet<>(jdbc.sql("SELECT code FROM org_unit WHERE code LIKE :p").param("p", prefix + "%")
                .query(String.class).list());
    }

    /** Stored links touching these versions, as predecessor id to successor ids. */
    Map<Long, Set<Long>> linksAround(Collection<Long> ids) {
        Map<Long, Set<Long>> next = new HashMap<>();
        List<Long> list = new ArrayList<>(new HashSet<>(ids));
        for (int i = 0; i < list.size(); i += CHUNK) {
            jdbc.sql("SELECT predecessor_id, successor_id FROM unit_succession WHERE predecessor_id IN (:ids) OR successor_id IN (:ids)")
                    .param("ids", list.subList(i, Math.min(list.size(), i + CHUNK)))
                    .query((rs, n) -> next.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2)))
                    .list();
        }
        return next;
    }

    long unitCount() {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single();
    }

    private static LocalDate toLocal(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        return (aTo == null || !aTo.isBefore(bFrom)) && (bTo == null || !bTo.isBefore(aFrom));
    }

    static boolean validOn(LocalDate from, LocalDate to, LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
