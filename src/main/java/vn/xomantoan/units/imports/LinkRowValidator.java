package vn.xomantoan.units.imports;

import vn.xomantoan.shared.web.WebDates;
import vn.xomantoan.units.SuccessionKind;
import vn.xomantoan.units.UnitView;
import vn.xomantoan.units.domain.UnitWriter.LoadedLink;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a succession-links file the way ReformService checks a reform: the predecessor is the
 * version valid the day before the effective date and ends that day, the successor is the version
 * that starts on it. That makes every link point forward in time; cycles are still checked,
 * against the file and the stored links next to it, so a bad row gets its own message.
 */
final class LinkRowValidator {

    static final int MAX_LEGAL_BASIS = 200;
    static final int MAX_PART_NOTE = 300;

    private final ExistingUnits existing;
    private final UnitFormat format;
    private final ColumnMap columns;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<LoadedLink> links = new ArrayList<>();

    LinkRowValidator(ExistingUnits existing, UnitFormat format, ColumnMap columns) {
        this.existing = existing;
        this.format = format;
        this.columns = columns;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    List<LoadedLink> links() {
        return links;
    }

    void validate(List<TabularData.Row> rows) {
        Set<String> codes = new HashSet<>();
        for (TabularData.Row row : rows) {
            codes.add(columns.value(row, "predecessor_code"));
            codes.add(columns.value(row, "successor_code"));
        }
        codes.remove("");
        Map<String, List<UnitView>> stored = existing.versionsOf(codes);
        Map<String, Integer> seenPairs = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        List<long[]> pairs = new ArrayList<>();
        for (TabularData.Row row : rows) {
            if (row.values().size() > columns.width() && row.values().subList(columns.width(), row.values().size()).stream().anyMatch(v -> !v.isEmpty())) {
                problem(row, null, "imports.error.columnCount", columns.width());
            }
            String predCode = columns.value(row, "predecessor_code");
            String succCode = columns.value(row, "successor_code");
            String kindText = columns.value(row, "kind");
            String dateText = columns.value(row, "effective_date");
            String legalBasis = vn.xomantoan.shared.text.VietnameseText.clean(columns.value(row, "legal_basis"));
            String partNote = vn.xomantoan.shared.text.VietnameseText.clean(columns.value(row, "part_note"));
            int before = problems.size();
            required(row, "predecessor_code", predCode);
            required(row, "successor_code", succCode);
            SuccessionKind kind = null;
            if (required(row, "kind", kindText)) {
                kind = format.kind(kindText).orElse(null);
                if (kind == null) {
                    problem(row, "kind", "imports.error.unknownKind", kindText);
                }
            }
            LocalDate day = null;
            if (required(row, "effective_date", dateText)) {
                day = UnitRowValidator.parseDate(dateText).orElse(null);
                if (day == null) {
                    problem(row, "effective_date", "imports.error.badDate", dateText);
                }
            }
            if (legalBasis.length() > MAX_LEGAL_BASIS) {
                problem(row, "legal_basis", "imports.error.tooLong", MAX_LEGAL_BASIS);
            }
            if (partNote.length() > MAX_PART_NOTE) {
                problem(row, "part_note", "imports.error.tooLong", MAX_PART_NOTE);
            }
            if (day == null || predCode.isEmpty() || succCode.isEmpty()) {
                continue;
            }
            LocalDate lastDay = day.minusDays(1);
            LocalDate effective = day;
            UnitView pred = stored.getOrDefault(predCode, List.of()).stream().filter(u -> u.validOn(lastDay)).findFirst().orElse(null);
            UnitView succ = stored.getOrDefault(succCode, List.of()).stream().filter(u -> u.validOn(effective)).findFirst().orElse(null);
            if (pred == null) {
                problem(row, "predecessor_code", "imports.error.predecessorNotFound", predCode, WebDates.format(lastDay));
            }
            if (succ == null) {
                problem(row, "successor_code", "imports.error.successorNotFound", succCode, WebDates.format(day));
            }
            if (pred == null || succ == null) {
                continue;
            }
            if (pred.id() == succ.id()) {
                problem(row, null, "imports.error.selfLink", pred.name());
                continue;
            }
            if (pred.validTo() == null || !pred.validTo().equals(lastDay)) {
                problem(row, "predecessor_code", "imports.error.predecessorContinues", pred.name(), WebDates.format(lastDay));
            }
            if (!succ.validFrom().equals(day)) {
                problem(row, "successor_code", "imports.error.successorStartsOther", succ.name(),
                        WebDates.format(succ.validFrom()), WebDates.format(day));
            }
            Integer first = seenPairs.putIfAbsent(pred.id() + ">" + succ.id(), row.number());
            if (first != null) {
                problem(row, null, "imports.error.duplicateRow", first);
            }
            names.put(pred.id(), pred.name());
            names.put(succ.id(), succ.name());
            pairs.add(new long[]{pred.id(), succ.id(), row.number()});
            if (problems.size() == before) {
                links.add(new LoadedLink(pred.id(), succ.id(), kind, day, emptyToNull(legalBasis), emptyToNull(partNote)));
            }
        }
        checkStoredAndCycles(pairs, names);
    }

    private void checkStoredAndCycles(List<long[]> pairs, Map<Long, String> names) {
        if (pairs.isEmpty()) {
            return;
        }
        Set<Long> ids = new HashSet<>();
        pairs.forEach(p -> {
            ids.add(p[0]);
            ids.add(p[1]);
        });
        Map<Long, Set<Long>> next = existing.linksAround(ids);
        for (long[] p : pairs) {
            if (next.getOrDefault(p[0], Set.of()).contains(p[1])) {
                problems.add(new ImportProblem((int) p[2], null, "imports.error.linkExists",
                        new Object[]{names.get(p[0]), names.get(p[1])}));
            }
        }
        Map<Long, Set<Long>> graph = new HashMap<>();
        next.forEach((k, v) -> graph.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        pairs.forEach(p -> graph.computeIfAbsent(p[0], x -> new HashSet<>()).add(p[1]));
        for (long[] p : pairs) {
            if (reaches(graph, p[1], p[0])) {
                problems.add(new ImportProblem((int) p[2], null, "imports.error.cycle",
                        new Object[]{names.get(p[0]), names.get(p[1])}));
            }
        }
    }

    private static boolean reaches(Map<Long, Set<Long>> graph, long from, long target) {
        Deque<Long> todo = new ArrayDeque<>(List.of(from));
        Set<Long> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            long id = todo.pop();
            if (id == target) {
                return true;
            }
            if (seen.add(id)) {
                todo.addAll(graph.getOrDefault(id, Set.of()));
            }
        }
        return false;
    }

    private boolean required(TabularData.Row row, String column, String value) {
        if (value == null || value.isEmpty()) {
            problem(row, column, "imports.error.required");
            return false;
        }
        return true;
    }

    private void problem(TabularData.Row row, String column, String key, Object... args) {
        problems.add(new ImportProblem(row.number(), column == null ? null : columns.label(column), key, args));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
