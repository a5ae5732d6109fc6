package vn.xomantoan.households.imports;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.xomantoan.households.HouseholdsImported;
import vn.xomantoan.households.domain.HouseholdAccess;
import vn.xomantoan.households.jdbc.HouseholdImportSql;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.database.BulkLoader;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Household imports as background jobs (see {@link ImportPipeline}). Every check runs in Java, areas
 * and scope against today's areas read once per job. On PostgreSQL the good rows are copied straight
 * into households and residences ({@link DirectHouseholdStore}); elsewhere they are staged in
 * {@code household_import_row} and become households and residences with two INSERT ... SELECT
 * statements.
 */
@Service
public class HouseholdImporter implements ImportSteps {

    static final String KIND = "HOUSEHOLDS";

    private final ImportPipeline pipeline;
    private final HouseholdImportSql sql;
    private final HouseholdAccess access;
    private final ApplicationEventPublisher events;
    private final BulkLoader bulk;
    /** Memo of the collation and search keys of names seen (pure functions; the ICU key is the costly part). */
    private final Map<String, String> sortKeys = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> searchKeys = new java.util.concurrent.ConcurrentHashMap<>();

    HouseholdImporter(ImportPipeline pipeline, HouseholdImportSql sql, HouseholdAccess access, ApplicationEventPublisher events,
                      BulkLoader bulk) {
        this.pipeline = pipeline;
        this.bulk = bulk;
        this.sql = sql;
        this.access = access;
        this.events = events;
    }

    /** Queues the file and returns the job's id at once; the caller's identity and scope go with the job. */
    public long start(String fileName, byte[] content, ImportMode mode) {
        access.requireHouseholdWriter();
        return pipeline.start(this, fileName, content, mode);
    }

    /** Runs the job in the calling thread (the benchmark and the worker use it); returns the finished job. */
    public ImportJobView run(long id, String fileName, byte[] content, ImportMode mode, UnitScope scope) {
        try {
            return pipeline.run(this, id, fileName, content, mode, scope);
        } finally {
            sortKeys.clear();
            searchKeys.clear();
        }
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
        return HouseholdColumns.SPEC;
    }

    @Override
    public String stagingTable() {
        return "household_import_row";
    }

    @Override
    public List<String> stagingColumns() {
        return StagedRow.STAGING_COLUMNS;
    }

    /** Values first, then the area: known today and inside the user's scope (today's areas are read once per job). */
    @Override
    public RowChecker checker(long jobId, UnitScope scope, ImportColumns columns, LocalDate today) {
        Map<String, Boolean> areas = sql.areasToday(scope, today);
        String areaColumn = columns.label("area_code");
        return (rowNo, values, problems) -> {
            Object[] row = StagedRow.check(jobId, rowNo, values, columns, today, problems, sortKeys, searchKeys);
            if (row == null) {
                return null;
            }
            Boolean inScope = areas.get((String) row[2]);
            if (!Boolean.TRUE.equals(inScope)) {
                problems.add(new StagedRow.Problem(areaColumn, inScope == null
                        ? "households.import.error.unknownArea" : "households.import.error.areaOutOfScope", (String) row[2]));
                return null;
            }
            return row;
        };
    }

    @Override
    public ImportPipeline.DirectStore directStore(long jobId) {
        return new DirectHouseholdStore(sql, bulk);
    }

    /** Nothing left to check in SQL: the checker has seen every area. */
    @Override
    public void checkStaged(long jobId, UnitScope scope, ImportColumns columns, LocalDate today) {
    }

    @Override
    public int store(long jobId) {
        return sql.store(jobId);
    }

    @Override
    public String auditEntity() {
        return "Household";
    }

    @Override
    public String auditDescription(String fileName, int stored, int errorRows) {
        return "Nhập " + stored + " hộ gia đình từ tệp \"" + fileName + "\""
                + (errorRows > 0 ? ", bỏ qua " + errorRows + " dòng có lỗi" : "");
    }

    @Override
    public void cleanUp(long jobId) {
        sql.cleanUp(jobId);
    }

    @Override
    public void stored(long jobId, int stored) {
        events.publishEvent(new HouseholdsImported(jobId, stored));
    }
}
