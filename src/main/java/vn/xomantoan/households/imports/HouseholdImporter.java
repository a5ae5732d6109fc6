package vn.xomantoan.households.imports;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.households.HouseholdsImported;
import vn.xomantoan.households.domain.HouseholdAccess;
import vn.xomantoan.households.jdbc.BulkLoader;
import vn.xomantoan.households.jdbc.HouseholdImportSql;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.NotFound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Household imports as background jobs. A job reads the file row by row, checks each row's values in
 * Java and stages the good ones in bulk (COPY on PostgreSQL), checks areas and scope in SQL, then
 * stores all staged rows at once — or nothing, in all-or-nothing mode, when any row was wrong. The
 * job's state lives in a table, so any node can report progress.
 */
@Service
public class HouseholdImporter {

    private static final Logger log = LoggerFactory.getLogger(HouseholdImporter.class);
    static final String KIND = "HOUSEHOLDS";
    private static final int CHUNK = 20_000;

    private final ImportJobs jobs;
    private final BulkLoader bulk;
    private final HouseholdImportSql sql;
    private final ImportProblems problems;
    private final HouseholdAccess access;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "household-import");
        t.setDaemon(true);
        return t;
    });

    HouseholdImporter(ImportJobs jobs, BulkLoader bulk, HouseholdImportSql sql, ImportProblems problems, HouseholdAccess access,
                      AuditLog audit, TransactionTemplate tx, ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.bulk = bulk;
        this.sql = sql;
        this.problems = problems;
        this.access = access;
        this.audit = audit;
        this.tx = tx;
        this.events = events;
    }

    /** Queues the file and returns the job's id at once; the caller's identity and scope go with the job. */
    public long start(String fileName, byte[] content, ImportMode mode) {
        access.requireHouseholdWriter();
        long id = jobs.create(KIND, access.username(), fileName == null ? "" : fileName, mode, SheetReader.estimateRows(content));
        UnitScope scope = access.scope();
        worker.execute(new DelegatingSecurityContextRunnable(() -> run(id, fileName, content, mode, scope)));
        return id;
    }

    /** Runs the job in the calling thread (the benchmark and the worker use it); returns the finished job. */
    public ImportJobView run(long id, String fileName, byte[] content, ImportMode mode, UnitScope scope) {
        try {
            process(id, fileName, content, mode, scope);
        } catch (ImportFileRejected e) {
            problems.record(id, List.of(new ImportProblems.Row(e.row, e.column, e.messageKey, e.arg, null)));
            jobs.finish(id, "REJECTED", 0, 1, null);
        } catch (RuntimeException e) {
            log.error("Household import {} failed", id, e);
            jobs.finish(id, "FAILED", 0, 0, e.getMessage());
        } finally {
            sql.cleanUp(id);
        }
        return jobs.find(id).orElseThrow();
    }

    private void process(long id, String fileName, byte[] content, ImportMode mode, UnitScope scope) {
        long started = System.currentTimeMillis();
        jobs.phase(id, "READING");
        LocalDate today = LocalDate.now();
        int estimated = SheetReader.estimateRows(content);
        HouseholdColumns[] columns = {null};
        List<Object[]> staged = new ArrayList<>(CHUNK);
        List<ImportProblems.Row> bad = new ArrayList<>();
        Map<String, String> sortKeys = new HashMap<>();
        Map<String, String> searchKeys = new HashMap<>();
        int[] rows = {0};
        SheetReader.read(fileName, content, (number, values) -> {
            if (columns[0] == null) {
                columns[0] = HouseholdColumns.of(number, values);
                return;
            }
            rows[0]++;
            List<StagedRow.Problem> found = new ArrayList<>(2);
            Object[] row = StagedRow.check(id, number, values, columns[0], today, found, sortKeys, searchKeys);
            if (row == null) {
                String raw = ImportProblems.csvLine(columns[0].canonical(values));
                found.forEach(p -> bad.add(new ImportProblems.Row(number, p.column(), p.messageKey(), p.arg(), raw)));
            } else {
                staged.add(row);
            }
            if (staged.size() == CHUNK) {
                bulk.load("household_import_row", StagedRow.STAGING_COLUMNS, staged);
                staged.clear();
                jobs.progress(id, rows[0], estimated);
            }
        });
        if (columns[0] == null) {
            throw ImportFileRejected.of("households.import.error.noHeader");
        }
        if (rows[0] == 0) {
            throw ImportFileRejected.of("households.import.error.noRows");
        }
        bulk.load("household_import_row", StagedRow.STAGING_COLUMNS, staged);
        problems.record(id, bad);
        jobs.progress(id, rows[0], rows[0]);

        long read = System.currentTimeMillis();
        jobs.phase(id, "CHECKING");
        if (bulk.onPostgres()) {
            sql.analyze("household_import_row");
        }
        sql.checkAreas(id, scope, columns[0].label("area_code"), today);
        int errorRows = sql.errorRows(id);
        if (mode == ImportMode.ALL_OR_NOTHING && errorRows > 0) {
            jobs.finish(id, "REJECTED", 0, errorRows, null);
            return;
        }
        long checked = System.currentTimeMillis();
        jobs.phase(id, "STORING");
        Integer stored = tx.execute(status -> {
            int n = sql.store(id);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("file", fileName);
            after.put("mode", mode.name());
            after.put("rows", rows[0]);
            after.put("stored", n);
            after.put("rowsWithProblems", errorRows);
            audit.record(AuditAction.IMPORT, "Household", id, "Nhập " + n + " hộ gia đình từ tệp \"" + fileName + "\""
                    + (errorRows > 0 ? ", bỏ qua " + errorRows + " dòng có lỗi" : ""), null, after);
            return n;
        });
        jobs.finish(id, "DONE", stored == null ? 0 : stored, errorRows, null);
        events.publishEvent(new HouseholdsImported(id, stored == null ? 0 : stored));
        log.info("Household import {}: {} rows, {} stored, {} with problems in {} ms (read and staged {} ms, checked {} ms, stored {} ms)",
                id, rows[0], stored, errorRows, System.currentTimeMillis() - started, read - started, checked - read,
                System.currentTimeMillis() - checked);
    }

    /** The job, if the caller started it (administrators see every job). */
    public ImportJobView job(long id) {
        ImportJobView job = jobs.find(id).orElseThrow(NotFound::new);
        if (!job.username().equals(access.username()) && !access.isAdmin()) {
            throw new NotFound();
        }
        return job;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
