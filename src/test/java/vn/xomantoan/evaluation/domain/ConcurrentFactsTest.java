package vn.xomantoan.evaluation.domain;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import vn.xomantoan.evaluation.CoverageFacts;
import vn.xomantoan.evaluation.DocumentFacts;
import vn.xomantoan.evaluation.IncidentFacts;
import vn.xomantoan.evaluation.ModelFacts;
import vn.xomantoan.evaluation.SecurityForceFacts;
import vn.xomantoan.evaluation.StaffFacts;
import vn.xomantoan.evaluation.jdbc.TargetFinder;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.shared.BackgroundWorkers;
import vn.xomantoan.support.IntegrationTest;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province's household coverage read on a connection of its own, beside the other sources, gives
 * every area the same facts as reading everything in the caller's thread.
 */
@IntegrationTest
class ConcurrentFactsTest {

    @Autowired
    ObjectProvider<CoverageFacts> coverage;
    @Autowired
    ObjectProvider<IncidentFacts> incidents;
    @Autowired
    ObjectProvider<ModelFacts> models;
    @Autowired
    ObjectProvider<DocumentFacts> documents;
    @Autowired
    ObjectProvider<StaffFacts> staff;
    @Autowired
    ObjectProvider<SecurityForceFacts> force;
    @Autowired
    TargetFinder targets;
    @Autowired
    CriteriaCatalog catalog;
    @Autowired
    UnitCatalog units;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void coverageReadBesideTheOtherSourcesIsTheSame() {
        int year = LocalDate.now().getYear();
        LocalDate day = EvaluationService.referenceDate(year);
        UnitView province = units.validOn("37", day, UnitScope.EVERYTHING).orElseThrow();
        List<Target> found = targets.find(province, day, year, UnitScope.EVERYTHING);
        List<CriteriaSet> sets = catalog.sets();
        Function<UnitKind, CriteriaSet> setOf = kind -> CriteriaCatalog.setFor(kind, year, sets);
        Map<String, java.util.Set<String>> lineage = targets.communeLineage(found, List.of(day), day);
        List<String> areas = found.stream().filter(t -> t.kind() == UnitKind.RESIDENTIAL_AREA).map(Target::code).toList();
        assertThat(areas.size()).isGreaterThanOrEqualTo(FactsGateway.CONCURRENT_FROM_AREAS);

        FactsGateway inCaller = new FactsGateway(coverage, incidents, models, documents, staff, force, null);
        Map<String, UnitFacts> serial = inCaller.collect(found, year, setOf, Map.of(), lineage, inCaller.startCoverage(found, year, setOf, 30));
        ExecutorService side = BackgroundWorkers.of("test-facts", 1);
        Map<String, UnitFacts> concurrent;
        try {
            FactsGateway beside = new FactsGateway(coverage, incidents, models, documents, staff, force, side);
            concurrent = beside.collect(found, year, setOf, Map.of(), lineage, beside.startCoverage(found, year, setOf, 30));
        } finally {
            side.shutdownNow();
        }

        long withHouseholds = areas.stream().filter(a -> serial.get(a).coverage != null && serial.get(a).coverage.dueHouseholds() > 0).count();
        assertThat(withHouseholds).as("areas with households due this year").isGreaterThan(1000);
        for (String area : areas) {
            assertThat(concurrent.get(area).coverageSource).isTrue();
            assertThat(concurrent.get(area).coverage).as(area).isEqualTo(serial.get(area).coverage);
        }
        // The explanation lists missing households by their head's name, with a link to their commitments.
        List<vn.xomantoan.evaluation.FactRef> missing = areas.stream().map(a -> serial.get(a).coverage)
                .filter(c -> c != null && !c.missing().isEmpty()).flatMap(c -> c.missing().stream()).limit(20).toList();
        assertThat(missing).isNotEmpty();
        for (vn.xomantoan.evaluation.FactRef m : missing) {
            String head = jdbc.sql("SELECT head_name FROM household WHERE id = :id").param("id", Long.parseLong(m.id())).query(String.class).single();
            assertThat(m.label()).isEqualTo(head).isNotBlank();
            assertThat(m.href()).isEqualTo("/commitments/households/" + m.id());
        }
    }
}
