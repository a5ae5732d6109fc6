package vn.xomantoan.households.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.database.DatabaseKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The set-based half of a household import: checks staged rows against the units of today and the
 * user's scope, then moves the good rows into household and household_residence with two
 * INSERT ... SELECT statements.
 */
@Component
public class HouseholdImportSql {

    private static final String AREA_TODAY = "u.code = a.area_code AND u.level = 'RESIDENTIAL_AREA' "
            + "AND u.valid_from <= :today AND (u.valid_to IS NULL OR u.valid_to >= :today)";

    private final JdbcClient jdbc;
    private final DatabaseKind database;

    HouseholdImportSql(JdbcClient jdbc, DatabaseKind database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /**
     * Records a problem for every staged row whose area is unknown today or outside the scope, and
     * marks it invalid. Each distinct area code of the file is looked up once (a file names a few
     * hundred areas in hundreds of thousands of rows); only rows with a bad code are then touched.
     */
    public void checkAreas(long jobId, UnitScope scope, String areaColumn, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        params.put("column", areaColumn);
        params.put("job", jobId);
        params.put("today", today);
        String inScope = scope.sql("u.path", params);
        jdbc.sql("""
                        INSERT INTO household_import_problem (job_id, row_no, column_name, message_key, arg)
                        SELECT s.job_id, s.row_no, :column, b.message_key, s.area_code
                        FROM household_import_row s
                        JOIN (SELECT a.area_code,
                                     CASE WHEN EXISTS (SELECT 1 FROM unit_version u WHERE\s""" + AREA_TODAY + """
                                     ) THEN 'households.import.error.areaOutOfScope'
                                     ELSE 'households.import.error.unknownArea' END AS message_key
                              FROM (SELECT DISTINCT area_code FROM household_import_row WHERE job_id = :job) a
                              WHERE NOT EXISTS (SELECT 1 FROM unit_version u WHERE\s""" + AREA_TODAY + " AND " + inScope + """
                              )) b ON b.area_code = s.area_code
                        WHERE s.job_id = :job""")
                .params(params).update();
        jdbc.sql("""
                        UPDATE household_import_row SET valid = FALSE
                        WHERE job_id = :job AND row_no IN (SELECT p.row_no FROM household_import_problem p WHERE p.job_id = :job)""")
                .param("job", jobId).update();
    }

    /**
     * Stores the valid staged rows; returns how many households were created. On PostgreSQL the staged
     * rows already hold their household ids (drawn from the household sequence by COPY), so both
     * tables are filled straight from the staging table; H2 joins the new households back to their
     * staged rows by job and file row.
     */
    public int store(long jobId) {
        if (database.postgres()) {
            int stored = jdbc.sql("""
                            INSERT INTO household (id, head_name, head_gender, house_no, street, members, phone, moved_in, note,
                                                   search_key, sort_key, created_at, import_job_id, import_row)
                            SELECT household_id, head_name, head_gender, house_no, street, members, phone, moved_in, note,
                                   search_key, sort_key, :now, job_id, row_no
                            FROM household_import_row WHERE job_id = :job AND valid""")
                    .param("now", LocalDateTime.now()).param("job", jobId).update();
            jdbc.sql("""
                            INSERT INTO household_residence (household_id, area_code, valid_from)
                            SELECT household_id, area_code, moved_in
                            FROM household_import_row WHERE job_id = :job AND valid""")
                    .param("job", jobId).update();
            return stored;
        }
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
