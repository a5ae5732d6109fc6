package vn.xomantoan.households;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.xomantoan.households.imports.HouseholdImporter;
import vn.xomantoan.households.imports.ImportJobView;
import vn.xomantoan.households.imports.ImportMode;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.support.Externals;
import vn.xomantoan.support.IntegrationTest;

import javax.sql.DataSource;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Household import throughput on PostgreSQL against a bare COPY of the same file. Skipped unless
 * run on purpose:
 * {@code XAT_DB_URL=jdbc:postgresql://127.0.0.1:5432/xat_bench XAT_DB_USER=postgres ./mvnw -q -B test -Dtest=HouseholdImportBenchmark -Dbench=true}
 * (optionally {@code -Dbench.rows=300000}). Prints the figures; docs/performance.md records them.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class HouseholdImportBenchmark {

    @Autowired
    HouseholdImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    static String generate(List<String> areas, int rows) {
        Random random = new Random(300_000L);
        String[] surnames = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Đinh"};
        String[] middles = {"Văn", "Thị", "Đức", "Ngọc", "Minh", "Thu"};
        String[] given = {"Hùng", "Lan", "Hương", "Dũng", "Mai", "Thành", "Hòa", "Tuấn", "Yến", "Phúc", "Nga", "Sơn"};
        StringBuilder csv = new StringBuilder(rows * 90);
        csv.append("area_code,head_name,gender,house_no,street,members,moved_in,phone\n");
        for (int i = 0; i < rows; i++) {
            csv.append(areas.get(random.nextInt(areas.size()))).append(',')
                    .append(surnames[random.nextInt(surnames.length)]).append(' ').append(middles[random.nextInt(middles.length)])
                    .append(' ').append(given[random.nextInt(given.length)]).append(',')
                    .append(random.nextBoolean() ? "Nam" : "Nữ").append(",Số ").append(1 + random.nextInt(200))
                    .append(",Ngõ ").append(1 + random.nextInt(30)).append(',').append(1 + random.nextInt(8)).append(',')
                    .append(LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000))).append(",09")
                    .append(String.format("%08d", random.nextInt(100_000_000))).append('\n');
        }
        return csv.toString();
    }

    @Test
    void importThroughputAgainstBareCopy() throws Exception {
        assertThat(Externals.onPostgres()).as("the benchmark runs on PostgreSQL (set XAT_DB_URL)").isTrue();
        int rows = Integer.getInteger("bench.rows", 300_000);
        List<String> areas = jdbc.sql("""
                        SELECT code FROM unit_version WHERE level = 'RESIDENTIAL_AREA' AND valid_from <= CURRENT_DATE
                          AND (valid_to IS NULL OR valid_to >= CURRENT_DATE) AND code LIKE '14%' ORDER BY code""")
                .query(String.class).list();
        byte[] file = generate(areas, rows).getBytes(StandardCharsets.UTF_8);
        long jobId = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM household_import_job").query(Long.class).single();

        long started = System.nanoTime();
        long id = importJob(file);
        ImportJobView job = importer.run(id, "bench.csv", file, ImportMode.ALL_OR_NOTHING, UnitScope.EVERYTHING);
        double importSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.storedRows()).isEqualTo(rows);

        double copySeconds;
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("""
                    CREATE TEMP TABLE bench_copy (area_code VARCHAR(32), head_name VARCHAR(120), gender VARCHAR(8),
                      house_no VARCHAR(40), street VARCHAR(160), members INT, moved_in DATE, phone VARCHAR(20))""");
            long t = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy FROM STDIN WITH (FORMAT csv, HEADER true)",
                    new StringReader(new String(file, StandardCharsets.UTF_8)));
            copySeconds = (System.nanoTime() - t) / 1e9;
            c.createStatement().execute("DROP TABLE bench_copy");
        }
        double tablesSeconds = copyIntoTheProductTables(jobId);
        System.out.printf("%nHousehold import benchmark (%,d rows, PostgreSQL):%n", rows);
        System.out.printf("  product import (parse, check, COPY into household and household_residence)    : %.2f s = %,.0f rows/s%n",
                importSeconds, rows / importSeconds);
        System.out.printf("  bare COPY of the same file into a table of its columns:                        %.2f s = %,.0f rows/s%n",
                copySeconds, rows / copySeconds);
        System.out.printf("  bare COPY of the stored rows into household and household_residence (indexes, foreign key, rolled back): %.2f s%n",
                tablesSeconds);
        System.out.printf("  ratio import/COPY: %.1f; import/COPY into the product's tables: %.2f%n%n", importSeconds / copySeconds,
                importSeconds / tablesSeconds);

        jdbc.sql("DELETE FROM household_residence WHERE household_id IN (SELECT id FROM household WHERE import_job_id > :j)")
                .param("j", jobId).update();
        jdbc.sql("DELETE FROM household WHERE import_job_id > :j").param("j", jobId).update();
    }

    /**
     * What the bare database takes to write the same households where the product keeps them: the rows
     * as the import stored them (ids moved out of the way) copied into household and household_residence,
     * with their indexes and foreign key, in a transaction that is rolled back.
     */
    private double copyIntoTheProductTables(long jobsBefore) throws Exception {
        String columns = "head_name, head_gender, house_no, street, members, phone, moved_in, note, search_key, sort_key, created_at, "
                + "import_job_id, import_row";
        try (Connection c = dataSource.getConnection()) {
            org.postgresql.copy.CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            java.io.StringWriter households = new java.io.StringWriter();
            copy.copyOut("COPY (SELECT id + 1000000000, " + columns + " FROM household WHERE import_job_id > " + jobsBefore
                    + ") TO STDOUT WITH (FORMAT csv)", households);
            java.io.StringWriter residences = new java.io.StringWriter();
            copy.copyOut("COPY (SELECT r.household_id + 1000000000, r.area_code, r.valid_from FROM household_residence r "
                    + "JOIN household h ON h.id = r.household_id WHERE h.import_job_id > " + jobsBefore
                    + ") TO STDOUT WITH (FORMAT csv)", residences);
            c.setAutoCommit(false);
            long t = System.nanoTime();
            copy.copyIn("COPY household (id, " + columns + ") FROM STDIN WITH (FORMAT csv)", new StringReader(households.toString()));
            copy.copyIn("COPY household_residence (household_id, area_code, valid_from) FROM STDIN WITH (FORMAT csv)",
                    new StringReader(residences.toString()));
            double seconds = (System.nanoTime() - t) / 1e9;
            c.rollback();
            c.setAutoCommit(true);
            return seconds;
        }
    }

    private long importJob(byte[] file) {
        return jdbc.sql("""
                        INSERT INTO household_import_job (kind, username, file_name, mode, status, phase, total_rows, created_at)
                        VALUES ('HOUSEHOLDS', 'bench', 'bench.csv', 'ALL_OR_NOTHING', 'QUEUED', 'QUEUED', 0, CURRENT_TIMESTAMP)
                        RETURNING id""").query(Long.class).single();
    }
}
