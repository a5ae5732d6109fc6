package vn.xomantoan.units.imports;

import java.util.List;

/** The file cannot be read as a table at all (wrong content, too big, no header...). */
class ImportRejected extends RuntimeException {

    private final transient List<ImportProblem> problems;

    ImportRejected(ImportProblem problem) {
        this(List.of(problem));
    }

    ImportRejected(List<ImportProblem> problems) {
        super(problems.stream().map(ImportProblem::messageKey).toList().toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    List<ImportProblem> problems() {
        return problems;
    }
}
