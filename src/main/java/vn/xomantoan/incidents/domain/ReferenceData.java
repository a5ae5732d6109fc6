package vn.xomantoan.incidents.domain;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the reference lists (versioned by date) and the Penal Code clauses. */
@Service
public class ReferenceData {

    public static final String CATEGORY = "CATEGORY";
    public static final String SUBCATEGORY = "SUBCATEGORY";
    public static final String PENAL = "PENAL";

    private static final String VALID_ON = " AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)";

    private final JdbcClient jdbc;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RefItem> all() {
        return jdbc.sql("SELECT * FROM incident_reference ORDER BY list_name, parent_code, position, valid_from")
                .query(RefItem.class).list();
    }

    public Optional<RefItem> byId(long id) {
        return jdbc.sql("SELECT * FROM incident_reference WHERE id = :id").param("id", id).query(RefItem.class).optional();
    }

    public List<RefItem> list(String listName, String parentCode, LocalDate date) {
        return jdbc.sql("SELECT * FROM incident_reference WHERE list_name = :l"
                        + (parentCode == null ? "" : " AND parent_code = :p") + VALID_ON + " ORDER BY position, code")
                .param("l", listName).param("d", date).params(parentCode == null ? Map.of() : Map.of("p", parentCode))
                .query(RefItem.class).list();
    }

    public Optional<RefItem> find(String listName, String code, LocalDate date) {
        return jdbc.sql("SELECT * FROM incident_reference WHERE list_name = :l AND code = :c" + VALID_ON)
                .param("l", listName).param("c", code).param("d", date).query(RefItem.class).optional();
    }

    public Optional<PenalClause> clause(int article, int clause, LocalDate date) {
        return jdbc.sql("SELECT * FROM penal_clause WHERE article = :a AND clause = :c" + VALID_ON)
                .param("a", article).param("c", clause).param("d", date).query(PenalClause.class).optional();
    }

    public List<PenalClause> clauses() {
        return jdbc.sql("SELECT * FROM penal_clause ORDER BY valid_from DESC, article, clause").query(PenalClause.class).list();
    }

    /** Code to name in the user's language, over every version (the latest wins), for showing stored codes. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        var locale = LocaleContextHolder.getLocale();
        jdbc.sql("SELECT * FROM incident_reference ORDER BY valid_from").query(RefItem.class).list()
                .forEach(r -> names.put(r.code(), r.name(locale)));
        return names;
    }
}
