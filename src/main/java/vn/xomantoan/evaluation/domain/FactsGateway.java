package vn.xomantoan.evaluation.domain;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.xomantoan.evaluation.CoverageFacts;
import vn.xomantoan.evaluation.DocumentFacts;
import vn.xomantoan.evaluation.IncidentFacts;
import vn.xomantoan.evaluation.ModelFacts;
import vn.xomantoan.evaluation.SecurityForceFacts;
import vn.xomantoan.evaluation.StaffFacts;
import vn.xomantoan.shared.BackgroundWorkers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Asks whatever fact sources are installed, a handful of batch calls per run whatever the number of
 * units: one per source and evaluation window (plus the previous windows for year-on-year criteria).
 * Several beans of one SPI are merged (e.g. incidents and hotspots both supplying IncidentFacts); for
 * per-unit values the first bean in order that has a value for a unit wins.
 *
 * <p>The household coverage of a large run (one long statement in the database) is read on a
 * connection of its own while the other sources are asked, when {@code xomantoan.evaluation.concurrent-facts}
 * is on: it then sees committed data only, which is all a run reads (a run writes cases, never households
 * or commitments). Tests that build fixtures inside a rolled-back transaction turn it off.
 */
@Component
public class FactsGateway {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FactsGateway.class);

    private final ObjectProvider<CoverageFacts> coverage;
    private final ObjectProvider<IncidentFacts> incidents;
    private final ObjectProvider<ModelFacts> models;
    private final ObjectProvider<DocumentFacts> documents;
    private final ObjectProvider<StaffFacts> staff;
    private final ObjectProvider<SecurityForceFacts> force;
    /** Reads the coverage beside the other sources; null: everything in the caller's thread and transaction. */
    private final ExecutorService sideReads;

    /** Areas below which the coverage is read in the caller's thread: a small run gains nothing from a second connection. */
    static final int CONCURRENT_FROM_AREAS = 200;

    @Autowired
    FactsGateway(ObjectProvider<CoverageFacts> coverage, ObjectProvider<IncidentFacts> incidents, ObjectProvider<ModelFacts> models,
                 ObjectProvider<DocumentFacts> documents, ObjectProvider<StaffFacts> staff, ObjectProvider<SecurityForceFacts> force,
                 @Value("${xomantoan.evaluation.concurrent-facts:true}") boolean concurrent,
                 @Value("${xomantoan.evaluation.parallel-runs:2}") int parallelRuns) {
        this(coverage, incidents, models, documents, staff, force,
                concurrent ? BackgroundWorkers.of("evaluation-facts", Math.max(1, parallelRuns)) : null);
    }

    FactsGateway(ObjectProvider<CoverageFacts> coverage, ObjectProvider<IncidentFacts> incidents, ObjectProvider<ModelFacts> models,
                 ObjectProvider<DocumentFacts> documents, ObjectProvider<StaffFacts> staff, ObjectProvider<SecurityForceFacts> force,
                 ExecutorService sideReads) {
        this.sideReads = sideReads;
        this.coverage = coverage;
        this.incidents = incidents;
        this.models = models;
        this.documents = documents;
        this.staff = staff;
        this.force = force;
    }

    /** The household coverage of a run's areas, being read (beside the caller, for a large run). */
    public static final class PendingCoverage {
        private final List<String> areas;
        private final CompletableFuture<Map<String, CoverageFacts.Coverage>> result;

        private PendingCoverage(List<String> areas, CompletableFuture<Map<String, CoverageFacts.Coverage>> result) {
            this.areas = areas;
            this.result = result;
        }

        private Map<String, CoverageFacts.Coverage> join() {
            try {
                return result.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }

    /** Starts reading the coverage of the targets' areas, so that the caller can do other work meanwhile. */
    public PendingCoverage startCoverage(List<Target> targets, int year, Function<UnitKind, CriteriaSet> sets, int graceDays) {
        List<String> areas = targets.stream().filter(t -> t.kind() == UnitKind.RESIDENTIAL_AREA).map(Target::code).toList();
        return new PendingCoverage(areas, sideReads != null && areas.size() >= CONCURRENT_FROM_AREAS
                ? CompletableFuture.supplyAsync(() -> coverage(areas, year, sets, graceDays), sideReads)
                : CompletableFuture.completedFuture(coverage(areas, year, sets, graceDays)));
    }

    /**
     * Asks the other sources and joins the coverage started by {@link #startCoverage}.
     *
     * @param lineage for each commune target, the codes under which its territory's facts were
     *                recorded (its own and its predecessors')
     */
    public Map<String, UnitFacts> collect(List<Target> targets, int year, Function<UnitKind, CriteriaSet> sets,
                                          Map<String, LocalDate> registrations, Map<String, Set<String>> lineage,
                                          PendingCoverage covered) {
        Map<String, UnitFacts> facts = new LinkedHashMap<>();
        for (Target t : targets) {
            facts.put(t.code(), new UnitFacts(t.code(), t.kind(), year, sets.apply(t.kind())).registeredOn(registrations.get(t.code())));
        }
        if (targets.isEmpty()) {
            return facts;
        }
        List<String> all = targets.stream().map(Target::code).toList();
        long start = System.nanoTime();
        addIncidents(targets, year, sets, lineage, facts);
        lap("incidents", start);
        List<ModelFacts> modelSources = models.orderedStream().toList();
        if (!modelSources.isEmpty()) {
            Map<String, List<ModelFacts.Model>> merged = new HashMap<>();
            modelSources.forEach(s -> s.models(all, year).forEach((k, v) -> merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v)));
            facts.forEach((code, f) -> f.models(merged.getOrDefault(code, List.of())));
        }
        List<DocumentFacts> docSources = documents.orderedStream().toList();
        if (!docSources.isEmpty()) {
            Map<String, List<DocumentFacts.Document>> merged = new HashMap<>();
            docSources.forEach(s -> s.documents(all, year).forEach((k, v) -> merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v)));
            facts.forEach((code, f) -> f.documents(merged.getOrDefault(code, List.of())));
        }
        lap("models+documents", start);
        List<String> establishments = targets.stream()
                .filter(t -> t.kind() == UnitKind.AGENCY_ENTERPRISE || t.kind() == UnitKind.SCHOOL).map(Target::code).toList();
        List<StaffFacts> staffSources = staff.orderedStream().toList();
        if (!staffSources.isEmpty() && !establishments.isEmpty()) {
            Map<String, StaffFacts.Staff> s = new HashMap<>();
            Map<String, StaffFacts.Subunits> sub = new HashMap<>();
            for (StaffFacts source : staffSources) {
                source.staff(establishments, year).forEach(s::putIfAbsent);
                source.subunits(establishments, year).forEach(sub::putIfAbsent);
            }
            establishments.forEach(code -> facts.get(code).staff(true, s.get(code), sub.get(code)));
        }
        List<SecurityForceFacts> forceSources = force.orderedStream().toList();
        List<String> rated = targets.stream().filter(t -> t.kind() != UnitKind.COMMUNE).map(Target::code).toList();
        if (!forceSources.isEmpty() && !rated.isEmpty()) {
            Map<String, SecurityForceFacts.ForceRating> r = new HashMap<>();
            forceSources.forEach(source -> source.ratings(rated, year).forEach(r::putIfAbsent));
            rated.forEach(code -> facts.get(code).force(true, r.get(code)));
        }
        lap("staff+force", start);
        Map<String, CoverageFacts.Coverage> coverageByArea = covered.join();
        if (coverageByArea != null) {
            covered.areas.forEach(code -> facts.get(code).coverage(true, coverageByArea.get(code)));
        }
        lap("coverage", start);
        return facts;
    }

    private static void lap(String sources, long start) {
        if (log.isDebugEnabled()) {
            log.debug("facts: {} after {} ms", sources, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The coverage of each area by every installed source (the first that knows an area wins), or null when none is installed. */
    private Map<String, CoverageFacts.Coverage> coverage(List<String> areas, int year, Function<UnitKind, CriteriaSet> sets, int graceDays) {
        List<CoverageFacts> sources = coverage.orderedStream().toList();
        if (sources.isEmpty() || areas.isEmpty()) {
            return null;
        }
        CriteriaSet set = sets.apply(UnitKind.RESIDENTIAL_AREA);
        Map<String, CoverageFacts.Coverage> result = new HashMap<>();
        sources.forEach(source -> source.coverage(areas, year, set.registrationDeadline(year), set.windowEnd(year), graceDays)
                .forEach(result::putIfAbsent));
        return result;
    }

    @PreDestroy
    void stop() {
        if (sideReads != null) {
            sideReads.shutdownNow();
        }
    }

    private void addIncidents(List<Target> targets, int year, Function<UnitKind, CriteriaSet> sets, Map<String, Set<String>> lineage,
                              Map<String, UnitFacts> facts) {
        List<IncidentFacts> sources = incidents.orderedStream().toList();
        if (sources.isEmpty()) {
            return;
        }
        Set<IncidentFacts.Category> supplied = EnumSet.noneOf(IncidentFacts.Category.class);
        sources.forEach(s -> supplied.addAll(s.categories()));
        // Group the targets by their evaluation window: one call per window and source.
        Map<List<LocalDate>, List<Target>> byWindow = new LinkedHashMap<>();
        for (Target t : targets) {
            CriteriaSet set = sets.apply(t.kind());
            byWindow.computeIfAbsent(List.of(set.windowStart(year), set.windowEnd(year), set.windowStart(year - 1), set.windowEnd(year - 1)),
                    k -> new ArrayList<>()).add(t);
        }
        Map<String, List<IncidentFacts.Incident>> current = new HashMap<>();
        Map<String, List<IncidentFacts.Incident>> previous = new HashMap<>();
        for (Map.Entry<List<LocalDate>, List<Target>> e : byWindow.entrySet()) {
            List<LocalDate> w = e.getKey();
            Map<String, Set<String>> requested = requestedCodes(e.getValue(), lineage, false);
            fetch(sources, requested, w.get(0), w.get(1), current);
            Map<String, Set<String>> withHistory = requestedCodes(e.getValue(), lineage, true);
            if (!withHistory.isEmpty()) {
                fetch(sources, withHistory, w.get(2), w.get(3), previous);
            }
        }
        facts.forEach((code, f) -> f.incidents(supplied, current.getOrDefault(code, List.of()), previous.getOrDefault(code, List.of())));
    }

    /** Requested code → the target codes it counts for. Only areas and communes need the previous year. */
    private static Map<String, Set<String>> requestedCodes(List<Target> targets, Map<String, Set<String>> lineage, boolean previousYear) {
        Map<String, Set<String>> requested = new LinkedHashMap<>();
        for (Target t : targets) {
            if (previousYear && t.kind() != UnitKind.RESIDENTIAL_AREA && t.kind() != UnitKind.COMMUNE) {
                continue;
            }
            Set<String> codes = t.kind() == UnitKind.COMMUNE ? lineage.getOrDefault(t.code(), Set.of(t.code())) : Set.of(t.code());
            codes.forEach(c -> requested.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(t.code()));
        }
        return requested;
    }

    private static void fetch(List<IncidentFacts> sources, Map<String, Set<String>> requested, LocalDate from, LocalDate to,
                              Map<String, List<IncidentFacts.Incident>> into) {
        Map<String, Set<String>> seen = new HashMap<>();
        for (IncidentFacts source : sources) {
            for (IncidentFacts.Incident i : source.incidents(requested.keySet(), from, to)) {
                for (String target : requested.getOrDefault(i.unitCode(), Set.of())) {
                    if (seen.computeIfAbsent(target, k -> new HashSet<>()).add(i.category() + ":" + i.id())) {
                        into.computeIfAbsent(target, k -> new ArrayList<>()).add(i);
                    }
                }
            }
        }
    }
}
