package vn.xomantoan.activities;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Inserts and optimistic-locking updates of ledger records from a column-to-value map (column
 * names come from code, never from input). An update names the version the user started from; when
 * someone else saved in between nothing is written and the user is told (message key
 * {@value #CONCURRENT}).
 */
public final class Revisions {

    public static final String CONCURRENT = "ledger.error.concurrentChange";

    private Revisions() {
    }

    public static long insert(JdbcClient jdbc, String table, Map<String, ?> columns) {
        String names = String.join(", ", columns.keySet());
        String values = columns.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO " + table + " (" + names + ") VALUES (" + values + ")").params(columns).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Updates the row from {@code rowVersion}; returns the row as it was (for the audit trail). */
    public static Map<String, Object> update(JdbcClient jdbc, String table, long id, long rowVersion, Map<String, ?> columns) {
        Map<String, Object> before = jdbc.sql("SELECT * FROM " + table + " WHERE id = :id").param("id", id).query()
                .listOfRows().stream().findFirst().orElseThrow(NotFound::new);
        String set = columns.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
        Map<String, Object> params = new LinkedHashMap<>(columns);
        params.put("id__", id);
        params.put("version__", rowVersion);
        int changed = jdbc.sql("UPDATE " + table + " SET " + set + ", row_version = row_version + 1 WHERE id = :id__ AND row_version = :version__")
                .params(params).update();
        if (changed == 0) {
            throw ValidationFailure.of("", CONCURRENT);
        }
        Map<String, Object> shown = new LinkedHashMap<>(before);
        shown.remove("search_key");
        shown.remove("sort_key");
        return shown;
    }
}
