package vn.xomantoan.incidents;

import org.junit.jupiter.api.Test;
import vn.xomantoan.incidents.domain.Significance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Penal Code art. 9 bands and the significance hint. */
class CrimeClassTest {

    @Test
    void theClassFollowsTheMaximumOfTheBracket() {
        assertThat(CrimeClass.ofMaximum(null, false)).isEqualTo(CrimeClass.LESS_SERIOUS);
        assertThat(CrimeClass.ofMaximum(36, false)).isEqualTo(CrimeClass.LESS_SERIOUS);
        assertThat(CrimeClass.ofMaximum(37, false)).isEqualTo(CrimeClass.SERIOUS);
        assertThat(CrimeClass.ofMaximum(84, false)).isEqualTo(CrimeClass.SERIOUS);
        assertThat(CrimeClass.ofMaximum(120, false)).isEqualTo(CrimeClass.VERY_SERIOUS);
        assertThat(CrimeClass.ofMaximum(180, false)).isEqualTo(CrimeClass.VERY_SERIOUS);
        assertThat(CrimeClass.ofMaximum(240, false)).isEqualTo(CrimeClass.ESPECIALLY_SERIOUS);
        assertThat(CrimeClass.ofMaximum(24, true)).isEqualTo(CrimeClass.ESPECIALLY_SERIOUS);
        assertThat(CrimeClass.LESS_SERIOUS.seriousOrAbove()).isFalse();
        assertThat(CrimeClass.SERIOUS.seriousOrAbove()).isTrue();
    }

    @Test
    void smallCountsAreNotCalledAChange() {
        assertThat(Significance.pValue(4, 3)).isEqualTo(1.0, within(1e-9));
        assertThat(Significance.significant(4, 3)).isFalse();
        assertThat(Significance.significant(0, 0)).isFalse();
        assertThat(Significance.significant(5, 0)).isFalse();
        // 7 against 0: p = 2 * 0.5^7 = 0.0156
        assertThat(Significance.pValue(7, 0)).isEqualTo(0.015625, within(1e-9));
        assertThat(Significance.significant(7, 0)).isTrue();
        assertThat(Significance.significant(120, 80)).isTrue();
        assertThat(Significance.significant(110, 100)).isFalse();
    }
}
