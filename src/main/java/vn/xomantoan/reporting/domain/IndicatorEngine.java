package vn.xomantoan.reporting.domain;

import org.springframework.stereotype.Service;
import vn.xomantoan.identity.AccessScope;
import vn.xomantoan.identity.UnitDirectory;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.reporting.Breakdown;
import vn.xomantoan.reporting.Indicator;
import vn.xomantoan.reporting.IndicatorQuery;
import vn.xomantoan.reporting.IndicatorSource;
import vn.xomantoan.reporting.Target;
import vn.xomantoan.shared.NotFound;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The indicator catalogue (every source's definitions, plus the planned ones nobody supplies yet) and
 * their computation for a unit, a period and a hierarchy date, always inside the caller's scope.
 */
@Service
public class IndicatorEngine {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IndicatorEngine.class);
    private static final long LINEAGE_TTL_MS = 10 * 60 * 1000;

    private record Cached(List<String> paths, long at) {
    }

    private final List<IndicatorSource> sources;
    private final AccessScope access;
    private final UnitCatalog units;
    private final UnitDirectory directory;
    private final Map<String, Indicator> catalogue = new LinkedHashMap<>();
    private final Map<Long, Cached> lineage = new ConcurrentHashMap<>();
    private final FiguresCache cache;

    IndicatorEngine(List<IndicatorSource> sources, AccessScope access, UnitCatalog units, UnitDirectory directory, FiguresCache cache) {
        this.cache = cache;
        this.sources = List.copyOf(sources);
        this.access = access;
        this.units = units;
        this.directory = directory;
        for (IndicatorSource s : this.sources) {
            for (Indicator i : s.indicators()) {
                catalogue.put(i.id(), i);
            }
        }
        for (Indicator planned : PlannedIndicators.ALL) {
            catalogue.putIfAbsent(planned.id(), planned);
        }
        List<Indicator> ordered = new ArrayList<>(catalogue.values());
        ordered.sort(java.util.Comparator.comparingInt(i -> groupRank(i.group())));
        catalogue.clear();
        ordered.forEach(i -> catalogue.put(i.id(), i));
    }

    /** The order of the groups on the dashboard and in the tables; unknown groups come last. */
    static final List<String> GROUPS = List.of("units", "households", "recognition", "incidents", "hotspots", "activities",
            "publications", "documents", "honours", "support");

    private static int groupRank(String group) {
        int i = GROUPS.indexOf(group);
        return i < 0 ? GROUPS.size() : i;
    }

    public List<Indicator> catalogue() {
        return List.copyOf(catalogue.values());
    }

    public Optional<Indicator> indicator(String id) {
        return Optional.ofNullable(catalogue.get(id));
    }

    /** True when some source computes the indicator (planned indicators are not supplied yet). */
    public boolean supplied(String id) {
        return sources.stream().anyMatch(s -> s.indicators().stream().anyMatch(i -> i.id().equals(id)));
    }

    /**
     * The unit with this code on the hierarchy date (default: the end of the period, never after
     * today), or 404 when it does not exist then or lies outside the caller's scope.
     */
    public Selection select(String unitCode, LocalDate from, LocalDate to, LocalDate asOf) {
        if (from == null || to == null) {
            throw ValidationFailure.of("from", "reporting.error.period");
        }
        if (from.isAfter(to)) {
            throw ValidationFailure.of("to", "reporting.error.periodOrder");
        }
        LocalDate date = hierarchyDate(to, asOf);
        UnitScope scope = access.current();
        UnitView unit;
        if (unitCode == null || unitCode.isBlank()) {
            List<UnitView> roots = units.roots(date, scope);
            if (roots.isEmpty()) {
                throw new NotFound();
            }
            unit = roots.get(0);
        } else {
            unit = units.validOn(unitCode.trim(), date, scope).orElseThrow(NotFound::new);
        }
        return new Selection(unit, from, to, date, units.children(unit.id(), date, scope));
    }

    /** The date whose hierarchy a period is shown in: the one asked for, else the end of the period, never after today. */
    public static LocalDate hierarchyDate(LocalDate to, LocalDate asOf) {
        if (asOf != null) {
            return asOf;
        }
        LocalDate today = LocalDate.now();
        return to == null || to.isAfter(today) ? today : to;
    }

    public Selection previous(Selection s) {
        LocalDate[] p = Periods.previous(s.from(), s.to());
        return new Selection(s.unit(), p[0], p[1], s.asOf(), s.children());
    }

    /** Every indicator; kept until the data changes (see {@link FiguresCache}). */
    public Figures compute(Selection s, boolean byChild) {
        return cache.get(FiguresCache.key(s, byChild, access.current()), () -> computeNow(s, byChild, id -> true));
    }

    /** One indicator: served from all the kept figures when there are, else computed (and kept) alone. */
    public Figures compute(Selection s, boolean byChild, String indicatorId) {
        Figures kept = cache.find(FiguresCache.key(s, byChild, access.current()));
        if (kept != null) {
            return kept;
        }
        return cache.get(FiguresCache.key(s, byChild, access.current(), indicatorId), () -> computeNow(s, byChild, indicatorId::equals));
    }

    /** Always from the data, for papers that must show the state of this moment (review reports). */
    public Figures computeFresh(Selection s, boolean byChild) {
        return computeNow(s, byChild, id -> true);
    }

    private Figures computeNow(Selection s, boolean byChild, java.util.function.Predicate<String> wanted) {
        IndicatorQuery query = query(s, byChild);
        Map<String, Breakdown> values = new HashMap<>();
        for (IndicatorSource source : sources) {
            if (source.indicators().stream().anyMatch(i -> wanted.test(i.id()))) {
                long start = System.nanoTime();
                values.putAll(source.compute(query));
                if (log.isDebugEnabled()) {
                    log.debug("{} took {} ms ({} children)", source.getClass().getSimpleName(),
                            (System.nanoTime() - start) / 1_000_000, query.children().size());
                }
            }
        }
        return new Figures(s, values);
    }

    public IndicatorQuery query(Selection s, boolean byChild) {
        List<Target> children = new ArrayList<>();
        if (byChild) {
            for (UnitView c : s.children()) {
                children.add(new Target(String.valueOf(c.id()), subtreePaths(c, s.from())));
            }
        }
        return new IndicatorQuery(s.from(), s.to(), s.asOf(), subtreePaths(s.unit(), s.from()), children, access.current());
    }

    /** The unit's own path, plus its predecessors' when the period starts before the unit did. */
    private List<String> subtreePaths(UnitView unit, LocalDate from) {
        if (!from.isBefore(unit.validFrom())) {
            return List.of(unit.path());
        }
        long now = System.currentTimeMillis();
        Cached c = lineage.get(unit.id());
        if (c == null || now - c.at() > LINEAGE_TTL_MS) {
            c = new Cached(UnitScope.of(directory.lineagePaths(unit.id())).rootPaths(), now);
            lineage.put(unit.id(), c);
        }
        return c.paths();
    }

    /** The drill-down link of an indicator for a unit and period, or null. */
    public static String link(Indicator indicator, UnitView unit, LocalDate from, LocalDate to, LocalDate asOf) {
        if (indicator.drillLink() == null) {
            return null;
        }
        return indicator.drillLink().replace("{unitId}", String.valueOf(unit.id())).replace("{unitCode}", unit.code())
                .replace("{from}", vn.xomantoan.shared.web.WebDates.format(from))
                .replace("{to}", vn.xomantoan.shared.web.WebDates.format(to))
                .replace("{asOf}", vn.xomantoan.shared.web.WebDates.format(asOf));
    }
}
