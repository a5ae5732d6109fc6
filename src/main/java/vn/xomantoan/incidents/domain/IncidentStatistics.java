package vn.xomantoan.incidents.domain;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.incidents.jdbc.IncidentStatsQueries;
import vn.xomantoan.incidents.jdbc.IncidentStatsQueries.Count;
import vn.xomantoan.incidents.jdbc.IncidentStatsQueries.Period;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** CompStat-style tables: this period against the same period a year earlier, per child unit or category. */
@Service
public class IncidentStatistics {

    public static final String BY_CHILD = "child";
    public static final String BY_CATEGORY = "category";

    private final IncidentStatsQueries queries;
    private final UnitCatalog units;
    private final ReferenceData reference;

    IncidentStatistics(IncidentStatsQueries queries, UnitCatalog units, ReferenceData reference) {
        this.queries = queries;
        this.units = units;
        this.reference = reference;
    }

    /** The reference date of a period: its end, or today when the period ends in the future. */
    public static LocalDate asOf(LocalDate to) {
        LocalDate today = LocalDate.now();
        return to.isAfter(today) ? today : to;
    }

    public StatsTable compute(UnitView unit, LocalDate from, LocalDate to, List<String> categories, String groupBy,
                              UnitScope scope) {
        if (from == null || to == null || from.isAfter(to)) {
            throw ValidationFailure.of("from", "incidents.error.period");
        }
        if (to.isAfter(from.plusYears(1).minusDays(1))) {
            throw ValidationFailure.of("to", "incidents.error.periodTooLong");
        }
        List<String> cats = categories == null ? List.of() : categories.stream().filter(c -> c != null && !c.isBlank()).toList();
        LocalDate asOf = asOf(to);
        Period period = new Period(from, to, from.minusYears(1), to.minusYears(1), asOf);
        List<StatsRow> rows = BY_CATEGORY.equals(groupBy)
                ? byCategory(unit, period, cats, scope)
                : byChild(unit, period, cats, scope);
        return new StatsTable(unit, from, to, period.prevFrom(), period.prevTo(), asOf,
                BY_CATEGORY.equals(groupBy) ? BY_CATEGORY : BY_CHILD, cats, rows);
    }

    private List<StatsRow> byChild(UnitView unit, Period period, List<String> cats, UnitScope scope) {
        Map<Long, long[]> counts = new HashMap<>();
        List<Count> unplaced = new ArrayList<>();
        for (Count c : queries.byChild(unit.path(), period, cats, scope)) {
            if ("U".equals(c.kind())) {
                unplaced.add(c);
                continue;
            }
            long[] n = counts.computeIfAbsent(c.id(), k -> new long[2]);
            n[0] += c.cur();
            n[1] += c.prev();
        }
        List<UnitView> children = units.children(unit.id(), period.asOf(), scope);
        addUnplaced(unplaced, period, children, counts);
        List<StatsRow> rows = new ArrayList<>();
        for (UnitView child : children) {
            long[] n = counts.getOrDefault(child.id(), new long[2]);
            rows.add(new StatsRow(String.valueOf(child.id()), child.id(), child.code(), child.name(), n[0], n[1]));
        }
        rows.sort(Comparator.comparing(StatsRow::name, VietnameseText.comparator()));
        return rows;
    }

    /** Places abolished without a same-code successor: carried through the succession links (few rows). */
    private void addUnplaced(List<Count> unplaced, Period period, List<UnitView> children, Map<Long, long[]> counts) {
        for (Count u : unplaced) {
            units.byId(u.id(), UnitScope.EVERYTHING).ifPresent(place -> units.carryTo(place, period.asOf()).stream()
                    .flatMap(successor -> children.stream().filter(c -> successor.path().startsWith(c.path())))
                    .findFirst()
                    .ifPresent(child -> {
                        long[] n = counts.computeIfAbsent(child.id(), k -> new long[2]);
                        n[0] += u.cur();
                        n[1] += u.prev();
                    }));
        }
    }

    private List<StatsRow> byCategory(UnitView unit, Period period, List<String> cats, UnitScope scope) {
        Map<String, long[]> counts = new HashMap<>();
        queries.byCategory(unit.path(), period, cats, scope)
                .forEach(c -> counts.put(c.category(), new long[]{c.cur(), c.prev()}));
        List<StatsRow> rows = new ArrayList<>();
        var locale = LocaleContextHolder.getLocale();
        for (RefItem category : reference.list(ReferenceData.CATEGORY, null, period.asOf())) {
            if (!cats.isEmpty() && !cats.contains(category.code())) {
                continue;
            }
            long[] n = counts.getOrDefault(category.code(), new long[2]);
            rows.add(new StatsRow(category.code(), null, category.code(), category.name(locale), n[0], n[1]));
        }
        return rows;
    }
}
