package vn.xomantoan;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Capabilities depend on each other only through their public API, and never in a cycle (production code). */
class ModularityTest {

    private static final DescribedPredicate<JavaClass> TEST_CLASSES = DescribedPredicate.describe("test classes",
            c -> c.getSource().map(s -> s.getUri().toString().contains("/test-classes/")).orElse(false));

    @Test
    void capabilitiesRespectTheirBoundaries() {
        ApplicationModules.of(XomAnToanApplication.class, TEST_CLASSES).verify();
    }
}
