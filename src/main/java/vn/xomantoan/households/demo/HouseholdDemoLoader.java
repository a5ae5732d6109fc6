package vn.xomantoan.households.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.shared.database.BulkLoader;
import vn.xomantoan.shared.database.DatabaseKind;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * On first start with demo data enabled (after the units and the accounts), fills every residential
 * area known to the hierarchy with deterministic households and key people, in one transaction of
 * bulk loads. Does nothing when households or key people already exist.
 */
@Component
@Order(30)
class HouseholdDemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HouseholdDemoLoader.class);

    private final JdbcClient jdbc;
    private final BulkLoader bulk;
    private final DatabaseKind database;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final boolean demo;

    HouseholdDemoLoader(JdbcClient jdbc, BulkLoader bulk, DatabaseKind database, TransactionTemplate tx, AuditLog audit,
                        @Value("${xomantoan.demo.enabled:false}") boolean demo) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.database = database;
        this.tx = tx;
        this.audit = audit;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo) {
            return;
        }
        tx.executeWithoutResult(status -> {
            long existing = jdbc.sql("SELECT (SELECT COUNT(*) FROM household) + (SELECT COUNT(*) FROM key_person)")
                    .query(Long.class).single();
            if (existing > 0) {
                return;
            }
            long started = System.currentTimeMillis();
            List<DemoArea> areas = areas();
            DemoHouseholds data = new DemoHouseholds(LocalDate.now());
            data.generate(areas);
            long generated = System.currentTimeMillis();
            bulk.load("household", DemoHouseholds.HOUSEHOLD_COLUMNS, data.households);
            bulk.load("household_residence", DemoHouseholds.RESIDENCE_COLUMNS, data.residences);
            bulk.load("key_person", DemoHouseholds.KEY_PERSON_COLUMNS, data.keyPeople);
            bulk.restartIdentity("household");
            bulk.restartIdentity("household_residence");
            bulk.restartIdentity("key_person");
            if (database.postgres()) {
                jdbc.sql("ANALYZE household").update();
                jdbc.sql("ANALYZE household_residence").update();
                jdbc.sql("ANALYZE key_person").update();
            }
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("areas", areas.size());
            counts.put("households", data.households.size());
            counts.put("residences", data.residences.size());
            counts.put("keyPeople", data.keyPeople.size());
            audit.record(AuditAction.IMPORT, "Household", null, "Nạp dữ liệu demo hộ gia đình và người tiêu biểu của các khu dân cư",
                    null, counts);
            log.info("Loaded demo households and key people {} in {} ms (generated in {} ms)", counts,
                    System.currentTimeMillis() - started, generated - started);
        });
    }

    /** Every residential-area code with its first and last day, and the commune and district it started in. */
    private List<DemoArea> areas() {
        List<DemoArea> areas = new ArrayList<>();
        jdbc.sql("""
                        SELECT a.code, a.name, a.unit_type, a.valid_from, a.valid_to, c.code AS commune_code,
                               CASE WHEN d.level = 'DISTRICT' THEN d.code END AS district_code
                        FROM unit_version a JOIN unit_version c ON c.id = a.parent_id
                        LEFT JOIN unit_version d ON d.id = c.parent_id
                        WHERE a.level = 'RESIDENTIAL_AREA' ORDER BY a.code, a.valid_from""")
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    String code = rs.getString("code");
                    LocalDate from = rs.getDate("valid_from").toLocalDate();
                    Date to = rs.getDate("valid_to");
                    DemoArea last = areas.isEmpty() ? null : areas.get(areas.size() - 1);
                    if (last == null || !last.code().equals(code)) {
                        areas.add(new DemoArea(code, rs.getString("name"), rs.getString("unit_type"), from,
                                to == null ? null : to.toLocalDate(), rs.getString("commune_code"), rs.getString("district_code")));
                    } else {
                        areas.set(areas.size() - 1, new DemoArea(code, rs.getString("name"), last.type(), last.firstDay(),
                                to == null ? null : to.toLocalDate(), last.communeCode(), last.districtCode()));
                    }
                });
        return areas;
    }
}
