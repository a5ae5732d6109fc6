package vn.xomantoan.units.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.units.SuccessionKind;
import vn.xomantoan.units.UnitView;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Low-level writes of unit versions and succession links. Callers validate and audit. */
@Component
public class UnitWriter {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    UnitWriter(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Inserts one version under the parent (null for a province) and returns its id. */
    public long insert(UnitDraft d, UnitView parent) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO org_unit (code, official_code, name, unit_type, level, parent_id, path, depth, valid_from, valid_to,
                                              search_key, sort_key, enterprise_size, school_level, note)
                        VALUES (:code, :official, :name, :type, :level, :parent, '/', :depth, :from, :to, :search, :sort, :size, :school, :note)""")
                .param("code", d.code()).param("official", d.officialCode()).param("name", d.name())
                .param("type", d.type().name()).param("level", d.type().level().name())
                .param("parent", parent == null ? null : parent.id())
                .param("depth", parent == null ? 0 : parent.depth() + 1)
                .param("from", d.validFrom()).param("to", d.validTo())
                .param("search", searchKeyOf(d.code(), d.name())).param("sort", sortKeyOf(d))
                .param("size", d.enterpriseSize() == null ? null : d.enterpriseSize().name())
                .param("school", d.schoolLevel() == null ? null : d.schoolLevel().name())
                .param("note", d.note())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        jdbc.sql("UPDATE org_unit SET path = :path WHERE id = :id").param("path", path).param("id", id).update();
        return id;
    }

    public void close(long id, LocalDate lastDay) {
        jdbc.sql("UPDATE org_unit SET valid_to = :to, row_version = row_version + 1 WHERE id = :id")
                .param("to", lastDay).param("id", id).update();
    }

    public void link(long predecessorId, long successorId, SuccessionKind kind, LocalDate effective, String legalBasis, String partNote) {
        jdbc.sql("""
                        INSERT INTO unit_succession (predecessor_id, successor_id, kind, effective_date, legal_basis, part_note)
                        VALUES (:p, :s, :kind, :date, :basis, :part)""")
                .param("p", predecessorId).param("s", successorId).param("kind", kind.name())
                .param("date", effective).param("basis", legalBasis).param("part", partNote)
                .update();
    }

    /** In-place correction of a version's attributes; false when someone else changed it first. */
    public boolean correct(long id, long rowVersion, UnitDraft d) {
        return jdbc.sql("""
                        UPDATE org_unit SET code = :code, name = :name, unit_type = :type, search_key = :search, sort_key = :sort,
                               enterprise_size = :size, school_level = :school, note = :note, row_version = row_version + 1
                        WHERE id = :id AND row_version = :v""")
                .param("code", d.code()).param("name", d.name()).param("type", d.type().name())
                .param("search", searchKeyOf(d.code(), d.name())).param("sort", sortKeyOf(d))
                .param("size", d.enterpriseSize() == null ? null : d.enterpriseSize().name())
                .param("school", d.schoolLevel() == null ? null : d.schoolLevel().name())
                .param("note", d.note()).param("id", id).param("v", rowVersion)
                .update() == 1;
    }

    /** Bulk insert of versions whose ids and paths the caller assigned (initial loads). */
    public void insertAll(List<LoadedUnit> units) {
        String sql = """
                INSERT INTO org_unit (id, code, official_code, name, unit_type, level, parent_id, path, depth, valid_from, valid_to,
                                      search_key, sort_key, enterprise_size, school_level, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        List<Object[]> rows = new ArrayList<>(units.size());
        for (LoadedUnit u : units) {
            UnitDraft d = u.draft();
            rows.add(new Object[]{u.id(), d.code(), d.officialCode(), d.name(), d.type().name(), d.type().level().name(),
                    u.parentId(), u.path(), u.depth(), Date.valueOf(d.validFrom()), d.validTo() == null ? null : Date.valueOf(d.validTo()),
                    searchKeyOf(d.code(), d.name()), sortKeyOf(d),
                    d.enterpriseSize() == null ? null : d.enterpriseSize().name(),
                    d.schoolLevel() == null ? null : d.schoolLevel().name(), d.note()});
        }
        for (int i = 0; i < rows.size(); i += 1000) {
            template.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + 1000)));
        }
    }

    public void insertLinks(List<LoadedLink> links) {
        String sql = "INSERT INTO unit_succession (predecessor_id, successor_id, kind, effective_date, legal_basis, part_note) VALUES (?, ?, ?, ?, ?, ?)";
        List<Object[]> rows = links.stream().map(l -> new Object[]{l.predecessorId(), l.successorId(), l.kind().name(),
                Date.valueOf(l.effectiveDate()), l.legalBasis(), l.partNote()}).toList();
        for (int i = 0; i < rows.size(); i += 1000) {
            template.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + 1000)));
        }
    }

    /** After a load with explicit ids, make generated ids continue above them. */
    public void restartIdentities() {
        long nextUnit = jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM org_unit").query(Long.class).single();
        long nextLink = jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM unit_succession").query(Long.class).single();
        template.execute("ALTER TABLE org_unit ALTER COLUMN id RESTART WITH " + nextUnit);
        template.execute("ALTER TABLE unit_succession ALTER COLUMN id RESTART WITH " + nextLink);
    }

    /** The next free own code under a unit: {@code 14677-012} for an area, {@code 14677-E004} for an establishment. */
    public String nextOwnCode(UnitView parent, vn.xomantoan.units.UnitType type) {
        return nextOwnCode(parent, type, java.util.Set.of());
    }

    /** As above, also skipping codes handed out but not yet written. */
    public String nextOwnCode(UnitView parent, vn.xomantoan.units.UnitType type, java.util.Set<String> pending) {
        String prefix = parent.code() + (type.level() == vn.xomantoan.units.UnitLevel.ESTABLISHMENT ? "-E" : "-");
        java.util.Set<String> used = new java.util.HashSet<>(jdbc.sql("SELECT code FROM org_unit WHERE code LIKE :p")
                .param("p", prefix + "%").query(String.class).list());
        used.addAll(pending);
        int n = 1;
        while (used.contains(prefix + String.format("%03d", n))) {
            n++;
        }
        return prefix + String.format("%03d", n);
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single();
    }

    /** Lists sort by the name without its type word, so "Xã Ân Hòa" comes before "Thị trấn Bình Minh". */
    public static String sortKeyOf(UnitDraft d) {
        String name = d.name() == null ? "" : d.name();
        String prefix = d.type() == null ? null : d.type().namePrefix();
        String bare = prefix != null && name.startsWith(prefix + " ") ? name.substring(prefix.length() + 1) : name;
        return VietnameseText.sortKey(bare + " " + name);
    }

    /** Search matches the name without diacritics and the code. */
    public static String searchKeyOf(String code, String name) {
        return VietnameseText.searchKey(name);
    }

    public record LoadedUnit(long id, Long parentId, String path, int depth, UnitDraft draft) {
    }

    public record LoadedLink(long predecessorId, long successorId, SuccessionKind kind, LocalDate effectiveDate,
                             String legalBasis, String partNote) {
    }
}
