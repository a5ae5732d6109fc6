package vn.xomantoan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Capabilities depend on each other only through their public API, and never in a cycle. */
class ModularityTest {

    @Test
    void capabilitiesRespectTheirBoundaries() {
        ApplicationModules.of(XomAnToanApplication.class).verify();
    }
}
