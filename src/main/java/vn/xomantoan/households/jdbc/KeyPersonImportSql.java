package vn.xomantoan.households.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.identity.UnitScope;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The set-based half of a key-people import: checks staged rows against the units valid on the first
 * day of each term (residential areas, communes, establishments) and the user's scope, then stores
 * the good rows with one INSERT ... SELECT.
 */
@Component
public class KeyPersonImportSql {

    private static final String UNIT_ON_TERM = "u.code = s.unit_code AND u.level IN ('RESIDENTIAL_AREA', 'COMMUNE', 'ESTABLISHMENT') "
            + "AND u.valid_from <= s.term_from AND (u.valid_to IS NULL OR u.valid_to >= s.term_from)";

    private final JdbcClient jdbc;

    KeyPersonImportSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a problem for every staged row whose unit is unknown on the term's first day or outside the scope. */
    public void checkUnits(long jobId, UnitScope scope, String unitColumn) {
        jdbc.sql("""
                        INSERT INTO household_import_problem (job_id, row_no, column_name, message_key, arg, raw_values)
                        SELECT s.job_id, s.row_no, :column, 'keyPeople.import.error.unknownUnit', s.unit_code, s.raw_values
                        FROM key_person_import_row s
                        WHERE s.job_id = :job AND NOT EXISTS (SELECT 1 FROM unit_version u WHERE\s""" + UNIT_ON_TERM + ")")
                .param("column", unitColumn).param("job", jobId).update();
        Map<String, Object> params = new HashMap<>();
        params.put("column", unitColumn);
        params.put("job", jobId);
        String inScope = scope.sql("u.path", params);
        jdbc.sql("""
                        INSERT INTO household_import_problem (job_id, row_no, column_name, message_key, arg, raw_values)
                        SELECT s.job_id, s.row_no, :column, 'keyPeople.import.error.unitOutOfScope', s.unit_code, s.raw_values
                        FROM key_person_import_row s
                        WHERE s.job_id = :job AND EXISTS (SELECT 1 FROM unit_version u WHERE\s""" + UNIT_ON_TERM + """
                        ) AND NOT EXISTS (SELECT 1 FROM unit_version u WHERE\s""" + UNIT_ON_TERM + " AND " + inScope + ")")
                .params(params).update();
        jdbc.sql("""
                        UPDATE key_person_import_row SET valid = FALSE
                        WHERE job_id = :job AND row_no IN (SELECT p.row_no FROM household_import_problem p WHERE p.job_id = :job)""")
                .param("job", jobId).update();
    }

    /** Stores the valid staged rows; returns how many key people were created. */
    public int store(long jobId) {
        return jdbc.sql("""
                        INSERT INTO key_person (unit_code, full_name, gender, birth_year, role, respected_kind, term_from, term_to,
                                                phone, note, search_key, sort_key, created_at, import_job_id)
                        SELECT unit_code, full_name, gender, birth_year, role, respected_kind, term_from, term_to, phone, note,
                               search_key, sort_key, :now, job_id
                        FROM key_person_import_row WHERE job_id = :job AND valid ORDER BY row_no""")
                .param("now", LocalDateTime.now()).param("job", jobId).update();
    }

    /** Drops every staged row: problems keep the values as typed, so the error report needs none of them. */
    public void cleanUp(long jobId) {
        jdbc.sql("DELETE FROM key_person_import_row WHERE job_id = :job").param("job", jobId).update();
    }
}
