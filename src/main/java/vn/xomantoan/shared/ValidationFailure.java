package vn.xomantoan.shared;

import java.util.List;

/**
 * A request that breaks a rule. Carries message keys (with arguments) so the web layer can show
 * them in the user's language; the transaction that raised it rolls back, so nothing is stored.
 */
public class ValidationFailure extends RuntimeException {

    public record Problem(String field, String messageKey, Object[] args) {
        public Problem {
            args = args == null ? new Object[0] : args.clone();
        }
    }

    private final transient List<Problem> problems;

    public ValidationFailure(List<Problem> problems) {
        super(problems.stream().map(Problem::messageKey).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public static ValidationFailure of(String field, String messageKey, Object... args) {
        return new ValidationFailure(List.of(new Problem(field, messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
