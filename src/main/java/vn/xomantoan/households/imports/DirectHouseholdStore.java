package vn.xomantoan.households.imports;

import vn.xomantoan.households.jdbc.HouseholdImportSql;
import vn.xomantoan.shared.database.BulkLoader;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A household import on PostgreSQL without the staging table: each row that passed every check is copied at once into
 * {@code household} inside the job's transaction, and the residences follow in a second COPY when the
 * file is read. The rows are written once, while the next ones are read; a rejected file is rolled
 * back with the transaction.
 */
final class DirectHouseholdStore implements ImportPipeline.DirectStore {

    private static final List<String> HOUSEHOLD_COLUMNS = List.of("id", "head_name", "head_gender", "house_no", "street",
            "members", "phone", "moved_in", "note", "search_key", "sort_key", "created_at", "import_job_id", "import_row");
    private static final List<String> RESIDENCE_COLUMNS = List.of("household_id", "area_code", "valid_from");
    private static final int ID_BLOCK = 10_000;

    private final HouseholdImportSql sql;
    private final BulkLoader bulk;
    private final LocalDateTime now = LocalDateTime.now();
    private BulkLoader.Sink households;
    private long[] ids = new long[0];
    private int nextId;
    /** The residences to write once the households are in (the connection serves one COPY at a time). */
    private long[] residenceIds = new long[1024];
    private String[] residenceAreas = new String[1024];
    private LocalDate[] residenceDates = new LocalDate[1024];
    private int stored;

    DirectHouseholdStore(HouseholdImportSql sql, BulkLoader bulk) {
        this.sql = sql;
        this.bulk = bulk;
    }

    /** Takes a checked row in the staging layout of {@link StagedRow#STAGING_COLUMNS}. */
    @Override
    public void add(Object[] row) {
        String area = (String) row[2];
        if (households == null) {
            households = bulk.open("household", HOUSEHOLD_COLUMNS);
        }
        if (nextId == ids.length) {
            ids = sql.reserveHouseholdIds(ID_BLOCK);
            nextId = 0;
        }
        long id = ids[nextId++];
        households.add(new Object[]{id, row[3], row[4], row[5], row[6], row[7], row[9], row[8], row[10], row[11], row[12],
                now, row[0], row[1]});
        if (stored == residenceIds.length) {
            int size = stored * 2;
            residenceIds = Arrays.copyOf(residenceIds, size);
            residenceAreas = Arrays.copyOf(residenceAreas, size);
            residenceDates = Arrays.copyOf(residenceDates, size);
        }
        residenceIds[stored] = id;
        residenceAreas[stored] = area;
        residenceDates[stored] = (LocalDate) row[8];
        stored++;
    }

    @Override
    public int finish() {
        if (households == null) {
            return 0;
        }
        households.close();
        BulkLoader.Sink residences = bulk.open("household_residence", RESIDENCE_COLUMNS);
        try {
            for (int i = 0; i < stored; i++) {
                residences.add(new Object[]{residenceIds[i], residenceAreas[i], residenceDates[i]});
            }
            residences.close();
        } catch (RuntimeException e) {
            residences.abort();
            throw e;
        }
        return stored;
    }

    @Override
    public void abort() {
        if (households != null) {
            households.abort();
        }
    }
}
