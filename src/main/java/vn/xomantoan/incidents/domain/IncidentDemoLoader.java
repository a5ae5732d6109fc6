package vn.xomantoan.incidents.domain;

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

import java.time.LocalDate;
import java.util.List;

/**
 * Deterministic demo incidents for Ninh Bình from 2014 to today (see {@link DemoIncidents}), loaded
 * once after the units (10) and the accounts (20) when the log is empty.
 */
@Component
@Order(50)
class IncidentDemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IncidentDemoLoader.class);

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final boolean demo;

    IncidentDemoLoader(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, TransactionTemplate tx, AuditLog audit,
                       @Value("${xomantoan.demo.enabled:false}") boolean demo) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.tx = tx;
        this.audit = audit;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || jdbc.sql("SELECT COUNT(*) FROM incident").query(Long.class).single() > 0) {
            return;
        }
        long started = System.nanoTime();
        int count = tx.execute(status -> {
            String province = jdbc.sql("SELECT path FROM unit_version WHERE code = '37' AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)")
                    .param("d", LocalDate.of(2016, 6, 30)).query(String.class).optional().orElse(null);
            if (province == null) {
                return 0;
            }
            List<DemoIncidents.Place> places = jdbc.sql("""
                            SELECT v.id, v.code, v.name, v.level, v.unit_type, v.valid_from, v.valid_to, v.path
                            FROM unit_version v
                            WHERE v.level IN ('RESIDENTIAL_AREA', 'ESTABLISHMENT') AND v.code IN (
                                SELECT a.code FROM unit_version a WHERE a.path LIKE :prefix)
                            ORDER BY v.id""")
                    .param("prefix", province + "%").query(DemoIncidents.Place.class).list();
            int n = new DemoIncidents(batch, jdbc, places, LocalDate.now()).insert();
            audit.record(AuditAction.IMPORT, IncidentService.ENTITY, null,
                    "Nạp dữ liệu demo: " + n + " vụ việc tại Ninh Bình từ 01/01/2014", null, null);
            return n;
        });
        log.info("Loaded {} demo incidents in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }
}
