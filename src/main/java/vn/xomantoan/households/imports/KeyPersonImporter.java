package vn.xomantoan.households.imports;

import org.springframework.stereotype.Service;
import vn.xomantoan.households.domain.HouseholdAccess;
import vn.xomantoan.households.jdbc.KeyPersonImportSql;
import vn.xomantoan.identity.UnitScope;

import java.time.LocalDate;
import java.util.List;

/**
 * Key-people imports (the list of cadres and respected persons a commune keeps) on the same job
 * machinery as households: the form's rules per row in Java, units on each term's first day and the
 * user's scope in SQL, one INSERT ... SELECT to store.
 */
@Service
public class KeyPersonImporter implements ImportSteps {

    static final String KIND = "KEY_PEOPLE";

    private final ImportPipeline pipeline;
    private final KeyPersonImportSql sql;
    private final HouseholdAccess access;

    KeyPersonImporter(ImportPipeline pipeline, KeyPersonImportSql sql, HouseholdAccess access) {
        this.pipeline = pipeline;
        this.sql = sql;
        this.access = access;
    }

    /** Queues the file and returns the job's id at once. Key people are kept by officers only. */
    public long start(String fileName, byte[] content, ImportMode mode) {
        access.requireKeyPeopleWriter();
        return pipeline.start(this, fileName, content, mode);
    }

    /** The job, if the caller started it (administrators see every job). */
    public ImportJobView job(long id) {
        return pipeline.job(this, id);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public ImportColumns.Spec columns() {
        return KeyPersonColumns.SPEC;
    }

    @Override
    public String stagingTable() {
        return "key_person_import_row";
    }

    @Override
    public List<String> stagingColumns() {
        return KeyPersonRow.STAGING_COLUMNS;
    }

    @Override
    public RowChecker checker(long jobId, UnitScope scope, ImportColumns columns, LocalDate today) {
        return (rowNo, values, problems) -> KeyPersonRow.check(jobId, rowNo, values, columns, today, problems);
    }

    @Override
    public void checkStaged(long jobId, UnitScope scope, ImportColumns columns, LocalDate today) {
        sql.checkUnits(jobId, scope, columns.label("unit_code"));
    }

    @Override
    public int store(long jobId) {
        return sql.store(jobId);
    }

    @Override
    public String auditEntity() {
        return "KeyPerson";
    }

    @Override
    public String auditDescription(String fileName, int stored, int errorRows) {
        return "Nhập " + stored + " người (cán bộ khu dân cư, người có uy tín) từ tệp \"" + fileName + "\""
                + (errorRows > 0 ? ", bỏ qua " + errorRows + " dòng có lỗi" : "");
    }

    @Override
    public void cleanUp(long jobId) {
        sql.cleanUp(jobId);
    }
}
