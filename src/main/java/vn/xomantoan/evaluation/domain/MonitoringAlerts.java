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
import vn.xomantoan.shared.BackgroundWorkers;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;

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
    private final ExecutorService worker = BackgroundWorkers.of("evaluation-monitoring", 1);

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

    /**
     * Finds the monitored cases the records fall into (one query for all of them), evaluates each
     * touched unit once — a whole commune in one run when several of its units are touched — then
     * raises the alerts.
     */
    void check(FactsRecorded event) {
        Set<String> codes = new LinkedHashSet<>();
        Set<Integer> years = new LinkedHashSet<>();
        for (FactsRecorded.Recorded r : event.records()) {
            codes.add(r.placeCode());
            years.add(r.on().getYear());
            years.add(r.on().getYear() + 1);
        }
        Map<String, List<EvalCase>> casesByCode = new HashMap<>();
        cases.byUnits(codes, years).stream().filter(c -> MONITORED.contains(c.state()))
                .forEach(c -> casesByCode.computeIfAbsent(c.unitCode(), k -> new ArrayList<>()).add(c));
        Map<Long, EvalCase> watched = new LinkedHashMap<>();
        Map<Long, Set<String>> recordsOf = new HashMap<>();
        for (FactsRecorded.Recorded r : event.records()) {
            for (EvalCase c : casesByCode.getOrDefault(r.placeCode(), List.of())) {
                if (inWindow(c, r.on())) {
                    watched.put(c.id(), c);
                    recordsOf.computeIfAbsent(c.id(), k -> new LinkedHashSet<>()).add(r.id());
                }
            }
        }
        Map<String, List<EvalCase>> byCommuneAndYear = new LinkedHashMap<>();
        watched.values().forEach(c -> byCommuneAndYear.computeIfAbsent(c.communeCode() + "/" + c.year(), k -> new ArrayList<>()).add(c));
        int raised = 0;
        for (List<EvalCase> group : byCommuneAndYear.values()) {
            raised += tx.execute(status -> evaluate(group, recordsOf));
        }
        if (raised > 0) {
            log.info("Monitoring: {} alert(s) raised on {} case(s)", raised, watched.size());
        }
    }

    private boolean inWindow(EvalCase c, LocalDate on) {
        CriteriaSet set = catalog.set(c.setCode());
        return !on.isBefore(set.windowStart(c.year())) && !on.isAfter(set.windowEnd(c.year()));
    }

    /** One run for the group (its unit alone, or its commune), then the alerts of each of its cases. */
    private int evaluate(List<EvalCase> group, Map<Long, Set<String>> recordsOf) {
        EvalCase first = group.get(0);
        UnitView root = group.size() == 1
                ? units.byId(first.unitVersionId(), UnitScope.EVERYTHING).orElse(null)
                : units.validOn(first.communeCode(), EvaluationService.referenceDate(first.year()), UnitScope.EVERYTHING).orElse(null);
        if (root == null) {
            return 0;
        }
        Map<Long, EvalCase> ofGroup = new HashMap<>();
        group.forEach(c -> ofGroup.put(c.id(), c));
        int raised = 0;
        for (CaseEvaluation e : evaluation.run(root, first.year(), UnitScope.EVERYTHING).evaluations()) {
            if (e.evalCase() == null || !ofGroup.containsKey(e.evalCase().id())) {
                continue;
            }
            long caseId = e.evalCase().id();
            Set<String> recordIds = recordsOf.get(caseId);
            for (Outcome o : e.outcomes()) {
                if (o.verdict() != Verdict.NOT_MET) {
                    continue;
                }
                for (FactRef ref : o.refs()) {
                    if (recordIds.contains(ref.id()) && alerts.raise(caseId, o.criterionCode(), ref.id(), ref.label(), ref.href())) {
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
