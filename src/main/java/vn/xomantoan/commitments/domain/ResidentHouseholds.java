package vn.xomantoan.commitments.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads of the households capability's published view {@code household_resident}. */
@Repository
public class ResidentHouseholds {

    public record Residence(long householdId, String areaCode, LocalDate validFrom, LocalDate validTo, String headName,
                            int members) {
    }

    private final JdbcClient jdbc;

    ResidentHouseholds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Head names of the given households resident in the area on the date (absent ones are not resident). */
    public Map<Long, String> residentIn(String areaCode, LocalDate date, List<Long> householdIds) {
        Map<Long, String> result = new HashMap<>();
        if (householdIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT r.household_id, r.head_name FROM household_resident r WHERE r.area_code = :area AND r.household_id IN (:ids) "
                        + "AND r.valid_from <= :d AND (r.valid_to IS NULL OR r.valid_to >= :d) AND (r.moved_out IS NULL OR r.moved_out >= :d)")
                .param("area", areaCode).param("ids", householdIds).param("d", date)
                .query(rs -> {
                    result.put(rs.getLong(1), rs.getString(2));
                });
        return result;
    }

    public List<Residence> residences(long householdId) {
        return jdbc.sql("SELECT household_id, area_code, valid_from, valid_to, head_name, members FROM household_resident "
                        + "WHERE household_id = :id ORDER BY valid_from")
                .param("id", householdId)
                .query((rs, i) -> new Residence(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getString(5), rs.getInt(6)))
                .list();
    }

    /** Households resident in the area on the date whose head has this search key, for matching uploaded rows. */
    public Map<String, List<Long>> byHeadSearchKey(String areaCode, LocalDate date) {
        Map<String, List<Long>> result = new HashMap<>();
        jdbc.sql("SELECT r.household_id, r.head_name FROM household_resident r WHERE r.area_code = :area "
                        + "AND r.valid_from <= :d AND (r.valid_to IS NULL OR r.valid_to >= :d) AND (r.moved_out IS NULL OR r.moved_out >= :d)")
                .param("area", areaCode).param("d", date)
                .query(rs -> {
                    result.computeIfAbsent(vn.xomantoan.shared.text.VietnameseText.searchKey(rs.getString(2)),
                            k -> new java.util.ArrayList<>()).add(rs.getLong(1));
                });
        return result;
    }
}
