package vn.xomantoan.units.imports;

import java.util.List;
import java.util.Map;

/**
 * What an import did: either the problems found (and nothing stored) or the counts of what it
 * stored, keyed by level (units) or by kind (links); {@code countKeyPrefix} names their labels.
 */
public record ImportOutcome(ImportKind kind, String fileName, int rows, List<ImportProblem> problems,
                            Map<String, Integer> counts, String countKeyPrefix) {

    public static final int SHOWN_PROBLEMS = 1000;

    public ImportOutcome {
        problems = List.copyOf(problems);
        counts = counts == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    public int stored() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The first problems, so a file with thousands of bad rows still gives a readable page. */
    public List<ImportProblem> shownProblems() {
        return problems.size() <= SHOWN_PROBLEMS ? problems : problems.subList(0, SHOWN_PROBLEMS);
    }
}
