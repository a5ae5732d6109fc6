package vn.xomantoan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionDatabaseGuardTest {

    @Test
    void theProductionProfileRefusesTheEmbeddedDatabase() {
        assertThatThrownBy(() -> new ProductionDatabaseGuard("jdbc:h2:file:./data/xomantoan"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL");
        assertThatCode(() -> new ProductionDatabaseGuard("jdbc:postgresql://127.0.0.1:5432/xomantoan")).doesNotThrowAnyException();
    }
}
