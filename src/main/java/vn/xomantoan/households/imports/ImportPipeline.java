package vn.xomantoan.households.imports;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.households.domain.HouseholdAccess;
import vn.xomantoan.shared.database.BulkLoader;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.BackgroundWorkers;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.database.DatabaseKind;
import vn.xomantoan.shared.imports.SheetReader;
import vn.xomantoan.shared.imports.SheetRejected;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Imports as background jobs, whatever they import. A job reads the file row by row, checks each
 * row's values in Java and streams the good ones into the staging table (one COPY on PostgreSQL,
 * which stores rows while the next ones are checked), runs the kind's set-based checks (units,
 * scope), then stores all staged rows at once — or nothing, in all-or-nothing mode, when any row
 * was wrong. The job's state lives in a table, so any node can
 * report progress.
 */
@Component
class ImportPipeline {

    private static final Logger log = LoggerFactory.getLogger(ImportPipeline.class);
    private static final int PROGRESS_EVERY = 20_000;

    private final ImportJobs jobs;
    private final BulkLoader bulk;
    private final DatabaseKind database;
    private final ImportProblems problems;
    private final HouseholdAccess access;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final ExecutorService worker = BackgroundWorkers.of("import-job", 1);

    ImportPipeline(ImportJobs jobs, BulkLoader bulk, DatabaseKind database, ImportProblems problems, HouseholdAccess access,
                   AuditLog audit, TransactionTemplate tx) {
        this.jobs = jobs;
        this.bulk = bulk;
        this.database = database;
        this.problems = problems;
        this.access = access;
        this.audit = audit;
        this.tx = tx;
    }

    /** Queues the file and returns the job's id at once; the caller's identity and scope go with the job. */
    long start(ImportSteps steps, String fileName, byte[] content, ImportMode mode) {
        long id = jobs.create(steps.kind(), access.username(), fileName == null ? "" : fileName, mode, SheetReader.estimateRows(content));
        UnitScope scope = access.scope();
        worker.execute(new DelegatingSecurityContextRunnable(() -> run(steps, id, fileName, content, mode, scope)));
        return id;
    }

    /** Runs the job in the calling thread; returns the finished job. */
    ImportJobView run(ImportSteps steps, long id, String fileName, byte[] content, ImportMode mode, UnitScope scope) {
        try {
            process(steps, id, fileName, content, mode, scope);
        } catch (ImportFileRejected e) {
            problems.record(id, List.of(new ImportProblems.Row(e.row, e.column, e.messageKey, e.arg, null)));
            jobs.finish(id, "REJECTED", 0, 1, null);
        } catch (RuntimeException e) {
            log.error("Import {} ({}) failed", id, steps.kind(), e);
            jobs.finish(id, "FAILED", 0, 0, e.getMessage());
        } finally {
            steps.cleanUp(id);
        }
        return jobs.find(id).orElseThrow();
    }

    private void process(ImportSteps steps, long id, String fileName, byte[] content, ImportMode mode, UnitScope scope) {
        long started = System.currentTimeMillis();
        jobs.phase(id, "READING");
        LocalDate today = LocalDate.now();
        int estimated = SheetReader.estimateRows(content);
        ImportColumns[] columns = {null};
        List<ImportProblems.Row> bad = new ArrayList<>();
        int[] rows = {0};
        BulkLoader.Sink staging = bulk.open(steps.stagingTable(), steps.stagingColumns());
        try {
            SheetReader.read(fileName, content, (number, values) -> {
                if (columns[0] == null) {
                    columns[0] = ImportColumns.of(steps.columns(), number, values);
                    return;
                }
                rows[0]++;
                List<StagedRow.Problem> found = new ArrayList<>(2);
                Object[] row = steps.check(id, number, values, columns[0], today, found);
                if (row == null) {
                    String raw = ImportProblems.csvLine(columns[0].canonical(values));
                    found.forEach(p -> bad.add(new ImportProblems.Row(number, p.column(), p.messageKey(), p.arg(), raw)));
                } else {
                    staging.add(row);
                }
                if (rows[0] % PROGRESS_EVERY == 0) {
                    jobs.progress(id, rows[0], estimated);
                }
            });
            staging.close();
        } catch (SheetRejected e) {
            staging.abort();
            throw new ImportFileRejected(e.row(), null, "households.import.error." + e.reason(), null);
        } catch (RuntimeException e) {
            staging.abort();
            throw e;
        }
        if (columns[0] == null) {
            throw ImportFileRejected.of("households.import.error.noHeader");
        }
        if (rows[0] == 0) {
            throw ImportFileRejected.of("households.import.error.noRows");
        }
        problems.record(id, bad);
        jobs.progress(id, rows[0], rows[0]);

        long read = System.currentTimeMillis();
        jobs.phase(id, "CHECKING");
        if (database.postgres()) {
            problems.analyze(steps.stagingTable());
        }
        steps.checkStaged(id, scope, columns[0], today);
        int errorRows = problems.errorRows(id);
        if (mode == ImportMode.ALL_OR_NOTHING && errorRows > 0) {
            jobs.finish(id, "REJECTED", 0, errorRows, null);
            return;
        }
        long checked = System.currentTimeMillis();
        jobs.phase(id, "STORING");
        Integer stored = tx.execute(status -> {
            int n = steps.store(id);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("file", fileName);
            after.put("mode", mode.name());
            after.put("rows", rows[0]);
            after.put("stored", n);
            after.put("rowsWithProblems", errorRows);
            audit.record(AuditAction.IMPORT, steps.auditEntity(), id, steps.auditDescription(fileName, n, errorRows), null, after);
            return n;
        });
        int n = stored == null ? 0 : stored;
        jobs.finish(id, "DONE", n, errorRows, null);
        steps.stored(id, n);
        log.info("Import {} ({}): {} rows, {} stored, {} with problems in {} ms (read and staged {} ms, checked {} ms, stored {} ms)",
                id, steps.kind(), rows[0], n, errorRows, System.currentTimeMillis() - started, read - started, checked - read,
                System.currentTimeMillis() - checked);
    }

    /** The job of this kind, if the caller started it (administrators see every job); else 404. */
    ImportJobView job(ImportSteps steps, long id) {
        ImportJobView job = jobs.find(id).orElseThrow(NotFound::new);
        if (!job.kind().equals(steps.kind()) || (!job.username().equals(access.username()) && !access.isAdmin())) {
            throw new NotFound();
        }
        return job;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
