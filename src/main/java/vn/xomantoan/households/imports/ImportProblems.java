package vn.xomantoan.households.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.xomantoan.shared.database.BulkLoader;
import vn.xomantoan.shared.web.WebDates;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Problems of an import job, and the bad rows grouped for the error report. */
@Component
public class ImportProblems {

    /** One problem; {@code raw} holds the row's values as a CSV line when they never reached the staging table. */
    record Row(int rowNo, String column, String messageKey, String arg, String raw) {
    }

    /** A bad row of the file: its values in the canonical column order and its problems. */
    public record BadRow(int rowNo, List<String> values, List<Problem> problems) {
    }

    public record Problem(String column, String messageKey, String arg) {
        /** The message arguments ({@link #ARG_SEPARATOR} separates several in {@code arg}). */
        public Object[] args() {
            return arg == null ? new Object[0] : (Object[]) arg.split(String.valueOf(ARG_SEPARATOR), -1);
        }
    }

    /** Separates several message arguments stored in the one {@code arg} column. */
    static final char ARG_SEPARATOR = '\u001F';

    static String args(Object... args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(ARG_SEPARATOR);
            }
            sb.append(args[i]);
        }
        return sb.toString();
    }

    private final JdbcClient jdbc;
    private final BulkLoader bulk;

    ImportProblems(JdbcClient jdbc, BulkLoader bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    void record(long jobId, List<Row> rows) {
        List<Object[]> values = rows.stream()
                .map(r -> new Object[]{jobId, r.rowNo(), r.column(), r.messageKey(), r.arg(), r.raw()}).toList();
        bulk.load("household_import_problem", List.of("job_id", "row_no", "column_name", "message_key", "arg", "raw_values"), values);
    }

    /** Rows of the job with at least one problem. */
    int errorRows(long jobId) {
        return jdbc.sql("SELECT COUNT(DISTINCT row_no) FROM household_import_problem WHERE job_id = :job")
                .param("job", jobId).query(Integer.class).single();
    }

    /** Fresh statistics for the planner after a bulk load (PostgreSQL); without them it loops over the rows. */
    void analyze(String table) {
        jdbc.sql("ANALYZE " + table).update();
    }

    /** The bad rows in file order, at most {@code limit} of them. */
    public List<BadRow> badRows(long jobId, int limit) {
        Map<Integer, BadRow> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT p.row_no, p.column_name, p.message_key, p.arg, p.raw_values, s.area_code, s.head_name, s.head_gender,
                               s.house_no, s.street, s.members, s.moved_in, s.phone, s.note
                        FROM household_import_problem p
                        LEFT JOIN household_import_row s ON s.job_id = p.job_id AND s.row_no = p.row_no
                        WHERE p.job_id = :job ORDER BY p.row_no, p.id""")
                .param("job", jobId).query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    int rowNo = rs.getInt("row_no");
                    if (!rows.containsKey(rowNo) && rows.size() >= limit) {
                        return;
                    }
                    BadRow row = rows.get(rowNo);
                    if (row == null) {
                        row = new BadRow(rowNo, values(rs), new ArrayList<>());
                        rows.put(rowNo, row);
                    }
                    row.problems().add(new Problem(rs.getString("column_name"), rs.getString("message_key"), rs.getString("arg")));
                });
        return List.copyOf(rows.values());
    }

    private static List<String> values(java.sql.ResultSet rs) throws java.sql.SQLException {
        String raw = rs.getString("raw_values");
        if (raw != null) {
            return parseLine(raw);
        }
        if (rs.getString("area_code") == null && rs.getString("head_name") == null) {
            return List.of();
        }
        Date movedIn = rs.getDate("moved_in");
        Object members = rs.getObject("members");
        String gender = rs.getString("head_gender");
        return java.util.Arrays.asList(rs.getString("area_code"), rs.getString("head_name"),
                gender == null ? "" : "FEMALE".equals(gender) ? "Nữ" : "Nam", rs.getString("house_no"), rs.getString("street"),
                members == null ? "" : members.toString(), movedIn == null ? "" : WebDates.format(movedIn.toLocalDate()),
                rs.getString("phone"), rs.getString("note"));
    }

    static String csvLine(List<String> values) {
        StringWriter out = new StringWriter();
        try {
            CSVFormat.RFC4180.printRecord(out, values.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().strip();
    }

    private static List<String> parseLine(String line) {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(line))) {
            List<String> values = new ArrayList<>();
            for (CSVRecord record : parser) {
                record.forEach(values::add);
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
