package vn.xomantoan.units.imports;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.units.domain.UnitDraft;
import vn.xomantoan.units.domain.UnitWriter;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Inserts the planned units in JDBC batches. Rows whose parent is in the same file need the
 * parent's generated id, so the rows go in generations (at most five: the depth of the hierarchy),
 * each generation as batches of inserts returning ids, then batches setting the paths.
 */
@Component
class ImportBatchWriter {

    private static final int BATCH = 1000;
    private static final String INSERT = """
            INSERT INTO org_unit (code, official_code, name, unit_type, level, parent_id, path, depth, valid_from, valid_to,
                                  search_key, sort_key, enterprise_size, school_level, note)
            VALUES (?, ?, ?, ?, ?, ?, '/', ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final UnitWriter writer;

    ImportBatchWriter(JdbcTemplate jdbc, UnitWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    void insertUnits(List<PlannedUnit> units) {
        Map<Integer, List<PlannedUnit>> generations = new TreeMap<>();
        units.forEach(u -> generations.computeIfAbsent(u.generation, g -> new ArrayList<>()).add(u));
        for (List<PlannedUnit> generation : generations.values()) {
            for (int i = 0; i < generation.size(); i += BATCH) {
                insertBatch(generation.subList(i, Math.min(generation.size(), i + BATCH)));
            }
        }
    }

    void insertLinks(List<UnitWriter.LoadedLink> links) {
        writer.insertLinks(links);
    }

    private void insertBatch(List<PlannedUnit> batch) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(con -> con.prepareStatement(INSERT, new String[]{"id"}), new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                PlannedUnit u = batch.get(i);
                UnitDraft d = u.draft;
                ps.setString(1, d.code());
                ps.setBoolean(2, d.officialCode());
                ps.setString(3, d.name());
                ps.setString(4, d.type().name());
                ps.setString(5, d.type().level().name());
                Long parentId = u.parentId();
                if (parentId == null) {
                    ps.setNull(6, Types.BIGINT);
                } else {
                    ps.setLong(6, parentId);
                }
                ps.setInt(7, u.depth);
                ps.setDate(8, Date.valueOf(d.validFrom()));
                ps.setDate(9, d.validTo() == null ? null : Date.valueOf(d.validTo()));
                ps.setString(10, VietnameseText.searchKey(d.name()));
                ps.setString(11, UnitWriter.sortKeyOf(d));
                ps.setString(12, d.enterpriseSize() == null ? null : d.enterpriseSize().name());
                ps.setString(13, d.schoolLevel() == null ? null : d.schoolLevel().name());
                ps.setString(14, d.note());
            }

            @Override
            public int getBatchSize() {
                return batch.size();
            }
        }, keys);
        List<Map<String, Object>> ids = keys.getKeyList();
        if (ids.size() != batch.size()) {
            throw new IllegalStateException("the database returned " + ids.size() + " ids for " + batch.size() + " rows");
        }
        List<Object[]> paths = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            PlannedUnit u = batch.get(i);
            u.id = ((Number) ids.get(i).values().iterator().next()).longValue();
            u.path = u.parentPath() + u.id + "/";
            paths.add(new Object[]{u.path, u.id});
        }
        jdbc.batchUpdate("UPDATE org_unit SET path = ? WHERE id = ?", paths);
    }

}
