package vn.xomantoan;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Capabilities depend on each other only through their public API, and never in a cycle (production code). */
class ModularityTest {

    @Test
    void capabilitiesRespectTheirBoundaries() {
        ApplicationModules.of(XomAnToanApplication.class, new ImportOption.DoNotIncludeTests()).verify();
    }
}
