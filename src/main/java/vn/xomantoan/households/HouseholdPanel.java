package vn.xomantoan.households;

import java.util.Map;
import java.util.Optional;

/**
 * An extra section of the household page supplied by another capability (commitments shows the
 * household's commitments and breaches). Every bean implementing it is asked, in {@link #order()}.
 * The section is a Thymeleaf fragment declared as {@code th:fragment="name(model)"}; it receives
 * {@link Section#model()} as {@code model}.
 */
public interface HouseholdPanel {

    Optional<Section> sectionFor(HouseholdView household);

    default int order() {
        return 0;
    }

    record Section(String template, String fragment, Map<String, Object> model) {
        public Section {
            model = Map.copyOf(model);
        }
    }
}
