package vn.xomantoan.units.reference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xomantoan.audit.AuditAction;
import vn.xomantoan.audit.AuditLog;
import vn.xomantoan.units.domain.UnitWriter;

import java.util.Map;

/**
 * On the first start against an empty database, loads the official hierarchy with its history
 * (and, when demo data is enabled, the synthetic residential areas and establishments) in one
 * transaction of batched inserts.
 */
@Component
@Order(10)
class HierarchyLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HierarchyLoader.class);

    private final UnitWriter writer;
    private final TransactionTemplate tx;
    private final boolean demo;
    private final AuditLog audit;

    HierarchyLoader(UnitWriter writer, TransactionTemplate tx, AuditLog audit,
                    @Value("${xomantoan.demo.enabled:false}") boolean demo) {
        this.writer = writer;
        this.audit = audit;
        this.tx = tx;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            if (writer.count() > 0) {
                return;
            }
            long started = System.currentTimeMillis();
            UnitGraph graph = new UnitGraph(1);
            new OfficialHierarchy(graph).build();
            if (demo) {
                new DemoAreas(graph).generate();
            }
            writer.insertAll(graph.loadedUnits());
            writer.insertLinks(graph.loadedLinks());
            writer.restartIdentities();
            audit.record(AuditAction.IMPORT, "OrgUnit", null, "Nạp danh mục đơn vị hành chính chính thức"
                            + (demo ? " và dữ liệu demo khu dân cư, cơ sở" : ""), null,
                    Map.of("unitVersions", graph.nodes().size(), "successionLinks", graph.loadedLinks().size()));
            log.info("Loaded {} unit versions and {} succession links{} in {} ms", graph.nodes().size(),
                    graph.loadedLinks().size(), demo ? " (with demo areas)" : "", System.currentTimeMillis() - started);
        });
    }
}
