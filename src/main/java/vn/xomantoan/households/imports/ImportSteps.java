package vn.xomantoan.households.imports;

import vn.xomantoan.identity.UnitScope;

import java.time.LocalDate;
import java.util.List;

/**
 * What one kind of import (households, key people) adds to the shared job machinery of
 * {@link ImportPipeline}: its columns, the checks of a row that need no database, the staging table,
 * the set-based checks and the store.
 */
interface ImportSteps {

    /** The job kind stored with the job ("HOUSEHOLDS", "KEY_PEOPLE"). */
    String kind();

    ImportColumns.Spec columns();

    String stagingTable();

    List<String> stagingColumns();

    /** The checks of one job's rows, set up once the file's header is read (they may read the database then, not per row). */
    RowChecker checker(long jobId, UnitScope scope, ImportColumns columns, LocalDate today);

    /** Checks one row in Java. */
    interface RowChecker {
        /** The staging values of a good row, or null after adding the row's problems to {@code problems}. */
        Object[] check(int rowNo, List<String> values, List<StagedRow.Problem> problems);
    }

    /**
     * On PostgreSQL, a store that takes the checked rows straight into the kind's tables inside the job's
     * transaction (it writes nothing before its first row); null when the kind stages its rows.
     */
    default ImportPipeline.DirectStore directStore(long jobId) {
        return null;
    }

    /** Set-based checks of the staged rows (units, scope): records problems and marks those rows invalid. */
    void checkStaged(long jobId, UnitScope scope, ImportColumns columns, LocalDate today);

    /** Stores the valid staged rows and returns how many records were created (inside the store transaction). */
    int store(long jobId);

    /** The audit entry's entity type and Vietnamese description. */
    String auditEntity();

    String auditDescription(String fileName, int stored, int errorRows);

    /** Drops staged rows that are no longer needed. */
    void cleanUp(long jobId);

    /** Called after a successful store, outside the transaction (events). */
    default void stored(long jobId, int stored) {
    }
}
