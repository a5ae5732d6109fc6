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
import vn.xomantoan.shared.jobs.JobLeases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Imports as background jobs, whatever they import. A job reads the file row by row, checks each
 * row in Java and streams the good ones into the staging table (one COPY on PostgreSQL, which stores
 * rows while the next ones are checked), runs the kind's set-based checks (units, scope), then stores
 * all staged rows at once — or nothing, in all-or-nothing mode, when any row was wrong. A kind whose
 * checks all run in Java may store directly instead (PostgreSQL): its rows are copied into the final
 * tables as they are read, in one transaction that a rejected file rolls back. The job's state lives
 * in a table, so any node can report progress.
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
    private final JobLeases leases;
    private final ExecutorService worker = BackgroundWorkers.of("import-job", 1);

    ImportPipeline(ImportJobs jobs, BulkLoader bulk, DatabaseKind database, ImportProblems problems, HouseholdAccess access,
                   AuditLog audit, TransactionTemplate tx, JobLeases leases) {
        this.leases = leases;
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
        worker.execute(new DelegatingSecurityContextRunnable(
                leases.keepAlive(jobs, id, () -> run(steps, id, fileName, content, mode, scope))));
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
        DirectStore direct = database.postgres() ? steps.directStore(id) : null;
        if (direct != null) {
            processDirect(steps, direct, id, fileName, content, mode, scope);
            return;
        }
        long started = System.currentTimeMillis();
        jobs.phase(id, "READING");
        LocalDate today = LocalDate.now();
        BulkLoader.Sink staging = bulk.open(steps.stagingTable(), steps.stagingColumns());
        Reading reading = new Reading();
        read(steps, id, fileName, content, scope, today, reading, new RowTarget(staging::add, staging::abort));
        staging.close();
        problems.record(id, reading.bad);
        jobs.progress(id, reading.rows, reading.rows);

        long read = System.currentTimeMillis();
        jobs.phase(id, "CHECKING");
        if (database.postgres()) {
            problems.analyze(steps.stagingTable());
        }
        steps.checkStaged(id, scope, reading.columns, today);
        int errorRows = problems.errorRows(id);
        if (mode == ImportMode.ALL_OR_NOTHING && errorRows > 0) {
            jobs.finish(id, "REJECTED", 0, errorRows, null);
            return;
        }
        long checked = System.currentTimeMillis();
        jobs.phase(id, "STORING");
        Integer stored = tx.execute(status -> {
            int n = steps.store(id);
            auditImport(steps, id, fileName, mode, reading.rows, n, errorRows);
            return n;
        });
        int n = stored == null ? 0 : stored;
        jobs.finish(id, "DONE", n, errorRows, null);
        steps.stored(id, n);
        log.info("Import {} ({}): {} rows, {} stored, {} with problems in {} ms (read and staged {} ms, checked {} ms, stored {} ms)",
                id, steps.kind(), reading.rows, n, errorRows, System.currentTimeMillis() - started, read - started, checked - read,
                System.currentTimeMillis() - checked);
    }

    /**
     * The direct path (PostgreSQL, kinds that offer it): every check runs in Java while the file is
     * read, and the good rows are copied into the final tables inside one transaction, so nothing is
     * written twice. A rejected file rolls the transaction back; its problems are recorded after it.
     */
    private void processDirect(ImportSteps steps, DirectStore direct, long id, String fileName, byte[] content, ImportMode mode,
                               UnitScope scope) {
        long started = System.currentTimeMillis();
        jobs.phase(id, "READING");
        LocalDate today = LocalDate.now();
        Reading reading = new Reading();
        long[] read = {0};
        Integer stored = tx.execute(status -> {
            read(steps, id, fileName, content, scope, today, reading, new RowTarget(direct::add, direct::abort));
            read[0] = System.currentTimeMillis();
            if (mode == ImportMode.ALL_OR_NOTHING && reading.badRows > 0) {
                direct.abort();
                status.setRollbackOnly();
                return null;
            }
            jobs.phase(id, "STORING");
            int n = direct.finish();
            auditImport(steps, id, fileName, mode, reading.rows, n, reading.badRows);
            return n;
        });
        problems.record(id, reading.bad);
        if (stored == null) {
            jobs.finish(id, "REJECTED", 0, reading.badRows, null);
            return;
        }
        jobs.finish(id, "DONE", stored, reading.badRows, null);
        steps.stored(id, stored);
        log.info("Import {} ({}, direct): {} rows, {} stored, {} with problems in {} ms (read, checked and copied {} ms, rest stored {} ms)",
                id, steps.kind(), reading.rows, stored, reading.badRows, System.currentTimeMillis() - started, read[0] - started,
                System.currentTimeMillis() - read[0]);
    }

    /** Where the good rows of a file go while it is read. */
    private record RowTarget(java.util.function.Consumer<Object[]> taker, Runnable aborter) {
        void take(Object[] row) {
            taker.accept(row);
        }

        void abort() {
            aborter.run();
        }
    }

    /** A kind's store that takes checked rows straight into its tables (see {@link ImportSteps#directStore}). */
    interface DirectStore {
        /** Stores a row that passed every check. */
        void add(Object[] row);

        /** Writes what is left; returns how many records were created. On failure it leaves no write open. */
        int finish();

        /** Gives up an unfinished write (the transaction is rolled back after it). */
        void abort();
    }

    /** What reading a file found: its columns, row count and the rows with problems. */
    private static final class Reading {
        ImportColumns columns;
        int rows;
        int badRows;
        final List<ImportProblems.Row> bad = new ArrayList<>();
    }

    private void read(ImportSteps steps, long id, String fileName, byte[] content, UnitScope scope, LocalDate today,
                      Reading reading, RowTarget target) {
        int estimated = SheetReader.estimateRows(content);
        ImportSteps.RowChecker[] checker = {null};
        try {
            SheetReader.read(fileName, content, (number, values) -> {
                if (reading.columns == null) {
                    reading.columns = ImportColumns.of(steps.columns(), number, values);
                    checker[0] = steps.checker(id, scope, reading.columns, today);
                    return;
                }
                reading.rows++;
                List<StagedRow.Problem> found = new ArrayList<>(2);
                Object[] row = checker[0].check(number, values, found);
                if (row != null) {
                    target.take(row);
                } else {
                    reading.badRows++;
                    String raw = ImportProblems.csvLine(reading.columns.canonical(values));
                    found.forEach(p -> reading.bad.add(new ImportProblems.Row(number, p.column(), p.messageKey(), p.arg(), raw)));
                }
                if (reading.rows % PROGRESS_EVERY == 0) {
                    jobs.progress(id, reading.rows, estimated);
                }
            });
        } catch (SheetRejected e) {
            target.abort();
            throw new ImportFileRejected(e.row(), null, "households.import.error." + e.reason(), null);
        } catch (RuntimeException e) {
            target.abort();
            throw e;
        }
        if (reading.columns == null) {
            target.abort();
            throw ImportFileRejected.of("households.import.error.noHeader");
        }
        if (reading.rows == 0) {
            target.abort();
            throw ImportFileRejected.of("households.import.error.noRows");
        }
    }

    private void auditImport(ImportSteps steps, long id, String fileName, ImportMode mode, int rows, int stored, int errorRows) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", fileName);
        after.put("mode", mode.name());
        after.put("rows", rows);
        after.put("stored", stored);
        after.put("rowsWithProblems", errorRows);
        audit.record(AuditAction.IMPORT, steps.auditEntity(), id, steps.auditDescription(fileName, stored, errorRows), null, after);
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
