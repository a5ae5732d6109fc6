package vn.xomantoan.evaluation.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.xomantoan.evaluation.FactRef;
import vn.xomantoan.evaluation.FactsRecorded;
import vn.xomantoan.evaluation.jdbc.AlertStore;
import vn.xomantoan.evaluation.jdbc.CaseStore;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The monitoring phase: when records a fact source supplies are entered after a case was registered,
 * the cases of the units they happened in (for the year whose window holds their date) are evaluated
 * again, in the background once the record is committed, and each criterion such a record makes fail
 * raises an alert on the case.
 */
@Component
class MonitoringAlerts implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MonitoringAlerts.class);
    private static final Set<CaseState> MONITORED = EnumSet.of(CaseState.REGISTERED, CaseState.MONITORING);

    private final CaseStore cases;
    private final CriteriaCatalog catalog;
    private final UnitCatalog units;
    private final EvaluationService evaluation;
    private final AlertStore alerts;
    private final TransactionTemplate tx;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "evaluation-monitoring");
        t.setDaemon(true);
        return t;
    });

    MonitoringAlerts(CaseStore cases, CriteriaCatalog catalog, UnitCatalog units, EvaluationService evaluation, AlertStore alerts,
                     PlatformTransactionManager transactions) {
        this.cases = cases;
        this.catalog = catalog;
        this.units = units;
        this.evaluation = evaluation;
        this.alerts = alerts;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void recorded(FactsRecorded event) {
        worker.submit(() -> {
            try {
                check(event);
            } catch (RuntimeException e) {
                log.warn("Monitoring after {} new records failed: {}", event.records().size(), e.toString());
            }
        });
    }

    /** Evaluates each monitored case the records fall into once, then raises the alerts. */
    void check(FactsRecorded event) {
        Map<Long, EvalCase> watched = new LinkedHashMap<>();
        Map<Long, Set<String>> recordsOf = new LinkedHashMap<>();
        for (FactsRecorded.Recorded r : event.records()) {
            for (int year : new int[]{r.on().getYear(), r.on().getYear() + 1}) {
                cases.byUnit(r.placeCode(), year, UnitScope.EVERYTHING).filter(c -> MONITORED.contains(c.state()))
                        .filter(c -> inWindow(c, r.on())).ifPresent(c -> {
                            watched.put(c.id(), c);
                            recordsOf.computeIfAbsent(c.id(), k -> new LinkedHashSet<>()).add(r.id());
                        });
            }
        }
        int raised = 0;
        for (EvalCase c : watched.values()) {
            raised += tx.execute(status -> evaluate(c, recordsOf.get(c.id())));
        }
        if (raised > 0) {
            log.info("Monitoring: {} alert(s) raised on {} case(s)", raised, watched.size());
        }
    }

    private boolean inWindow(EvalCase c, LocalDate on) {
        CriteriaSet set = catalog.set(c.setCode());
        return !on.isBefore(set.windowStart(c.year())) && !on.isAfter(set.windowEnd(c.year()));
    }

    private int evaluate(EvalCase c, Set<String> recordIds) {
        UnitView unit = units.byId(c.unitVersionId(), UnitScope.EVERYTHING).orElse(null);
        if (unit == null) {
            return 0;
        }
        int raised = 0;
        for (CaseEvaluation e : evaluation.run(unit, c.year(), UnitScope.EVERYTHING).evaluations()) {
            if (e.evalCase() == null || e.evalCase().id() != c.id()) {
                continue;
            }
            for (Outcome o : e.outcomes()) {
                if (o.verdict() != Verdict.NOT_MET) {
                    continue;
                }
                for (FactRef ref : o.refs()) {
                    if (recordIds.contains(ref.id()) && alerts.raise(c.id(), o.criterionCode(), ref.id(), ref.label(), ref.href())) {
                        raised++;
                    }
                }
            }
        }
        return raised;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
