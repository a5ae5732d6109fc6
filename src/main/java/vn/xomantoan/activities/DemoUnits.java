package vn.xomantoan.activities;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The units the demo data of the work ledger is attached to, read once from the unit_version view:
 * Ninh Bình on 31/10/2016 (province, 8 districts, 145 communes, 1,684 residential areas, religious
 * sites) and every residential-area version of its lineage for the later years.
 */
public final class DemoUnits {

    public static final LocalDate SEED_DAY = LocalDate.of(2016, 10, 31);
    public static final LocalDate LATER_FROM = LocalDate.of(2016, 11, 1);

    public record U(long id, String code, String name, String type, String level, Long parentId, LocalDate from, LocalDate to) {
        public boolean validOn(LocalDate d) {
            return !from.isAfter(d) && (to == null || !to.isBefore(d));
        }
    }

    public final U province;
    public final List<U> districts = new ArrayList<>();
    public final List<U> communes = new ArrayList<>();
    public final List<U> areas = new ArrayList<>();
    public final List<U> establishments = new ArrayList<>();
    public final Map<Long, U> byId = new HashMap<>();
    /** Residential-area versions of the province's lineage, valid at some time after the seed year. */
    public final List<U> laterAreas = new ArrayList<>();

    private DemoUnits(U province) {
        this.province = province;
    }

    /** Null when Ninh Bình of 2016 is not loaded (demo units missing). */
    public static DemoUnits load(JdbcClient jdbc) {
        List<U> found = jdbc.sql("""
                        SELECT id, code, name, unit_type, level, parent_id, valid_from, valid_to, path FROM unit_version
                        WHERE code = '37' AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)""")
                .param("d", SEED_DAY).query((rs, n) -> map(rs)).list();
        if (found.isEmpty()) {
            return null;
        }
        DemoUnits units = new DemoUnits(found.get(0));
        String path = jdbc.sql("SELECT path FROM unit_version WHERE id = :id").param("id", units.province.id()).query(String.class).single();
        List<U> seedYear = jdbc.sql("""
                        SELECT id, code, name, unit_type, level, parent_id, valid_from, valid_to FROM unit_version
                        WHERE path LIKE :p AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d) ORDER BY code, id""")
                .param("p", path + "%").param("d", SEED_DAY).query((rs, n) -> map(rs)).list();
        for (U u : seedYear) {
            units.byId.put(u.id(), u);
            switch (u.level()) {
                case "DISTRICT" -> units.districts.add(u);
                case "COMMUNE" -> units.communes.add(u);
                case "RESIDENTIAL_AREA" -> units.areas.add(u);
                case "ESTABLISHMENT" -> units.establishments.add(u);
                default -> { }
            }
        }
        units.laterAreas.addAll(jdbc.sql("""
                        SELECT a.id, a.code, a.name, a.unit_type, a.level, a.parent_id, a.valid_from, a.valid_to
                        FROM unit_version a WHERE a.level = 'RESIDENTIAL_AREA' AND (a.valid_to IS NULL OR a.valid_to >= :later)
                        AND a.code LIKE '14%' AND a.path LIKE '/%' ORDER BY a.code, a.valid_from""")
                .param("later", LATER_FROM).query((rs, n) -> map(rs)).list().stream()
                .filter(a -> isNinhBinhCommuneCode(a.code())).toList());
        return units;
    }

    /** Own codes of residential areas start with the code of the old Ninh Bình commune that created them. */
    private static boolean isNinhBinhCommuneCode(String areaCode) {
        int dash = areaCode.indexOf('-');
        if (dash != 5) {
            return false;
        }
        int commune = Integer.parseInt(areaCode.substring(0, 5));
        return commune >= 14300 && commune <= 14800;
    }

    private static U map(java.sql.ResultSet rs) throws java.sql.SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new U(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("unit_type"), rs.getString("level"),
                parentId, rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
    }

    public U parentOf(U unit) {
        return unit.parentId() == null ? null : byId.get(unit.parentId());
    }

    public U districtOf(U commune) {
        return parentOf(commune);
    }

    public List<U> communesOf(U district) {
        return communes.stream().filter(c -> district.id() == c.parentId()).toList();
    }

    public List<U> establishmentsOfType(String type) {
        return establishments.stream().filter(e -> e.type().equals(type)).toList();
    }

    public U district(String code) {
        return districts.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    public U commune(String code) {
        return communes.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    /** A random day in [from, to]. */
    public static LocalDate day(Random random, LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(span <= 0 ? 0 : (long) (random.nextDouble() * (span + 1)));
    }

    /** A residential-area version valid on the day (of the later years), with its commune id. */
    public U laterArea(Random random, LocalDate day) {
        for (int attempt = 0; attempt < 200; attempt++) {
            U a = laterAreas.get(random.nextInt(laterAreas.size()));
            if (a.validOn(day)) {
                return a;
            }
        }
        return laterAreas.stream().filter(a -> a.validOn(day)).findFirst().orElseThrow();
    }
}
