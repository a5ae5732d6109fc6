package vn.xomantoan.households.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xomantoan.identity.UnitScope;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The database side of a household import: today's areas for the row checks, household ids for a
 * direct import, and the store of staged rows (two INSERT ... SELECT statements).
 */
@Component
public class HouseholdImportSql {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownConnection;

    HouseholdImportSql(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownConnection = new TransactionTemplate(transactions);
        this.ownConnection.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The residential areas of today, each with whether it lies inside the scope (a province has a
     * few thousand, the country about 90,000): a direct import checks every row's area against it.
     */
    public Map<String, Boolean> areasToday(UnitScope scope, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        String inScope = scope.sql("u.path", params);
        Map<String, Boolean> areas = new HashMap<>();
        jdbc.sql("SELECT u.code, " + inScope + " AS in_scope FROM unit_version u WHERE u.level = 'RESIDENTIAL_AREA' "
                        + "AND u.valid_from <= :today AND (u.valid_to IS NULL OR u.valid_to >= :today)")
                .params(params)
                .query(rs -> {
                    areas.merge(rs.getString(1), rs.getBoolean(2), Boolean::logicalOr);
                });
        return areas;
    }

    /**
     * Draws {@code count} household ids from the identity sequence of household.id (PostgreSQL), on a
     * connection of its own: the import's connection is busy with its COPY. Ids of rows that are
     * never stored are skipped, as with any sequence.
     */
    public long[] reserveHouseholdIds(int count) {
        return ownConnection.execute(status -> jdbc.sql(
                        "SELECT nextval(pg_get_serial_sequence('household', 'id')) FROM generate_series(1, :n)")
                .param("n", count).query(Long.class).list().stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * Stores the valid staged rows (H2; PostgreSQL copies households directly, see the importer); returns
     * how many households were created. The residences join the new households back to their staged
     * rows by job and file row.
     */
    public int store(long jobId) {
        int stored = jdbc.sql("""
                        INSERT INTO household (head_name, head_gender, house_no, street, members, phone, moved_in, note,
                                               search_key, sort_key, created_at, import_job_id, import_row)
                        SELECT head_name, head_gender, house_no, street, members, phone, moved_in, note, search_key, sort_key,
                               :now, job_id, row_no
                        FROM household_import_row WHERE job_id = :job AND valid""")
                .param("now", LocalDateTime.now()).param("job", jobId).update();
        jdbc.sql("""
                        INSERT INTO household_residence (household_id, area_code, valid_from)
                        SELECT h.id, s.area_code, s.moved_in
                        FROM household h JOIN household_import_row s ON s.job_id = h.import_job_id AND s.row_no = h.import_row
                        WHERE h.import_job_id = :job""")
                .param("job", jobId).update();
        return stored;
    }

    /** Drops the staged rows that are no longer needed; rows with problems stay for the error report. */
    public void cleanUp(long jobId) {
        jdbc.sql("DELETE FROM household_import_row WHERE job_id = :job AND valid").param("job", jobId).update();
    }
}
