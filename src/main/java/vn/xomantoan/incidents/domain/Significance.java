package vn.xomantoan.incidents.domain;

import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;

/**
 * Whether a change between two counts over periods of the same length is more than chance: the
 * exact conditional test for two Poisson counts (given n = a + b, a ~ Binomial(n, 1/2) when the
 * rates are equal), two-sided. "3 → 4" gives p = 1: no evidence of a change.
 */
public final class Significance {

    public static final double LEVEL = 0.05;

    private Significance() {
    }

    public static double pValue(long current, long previous) {
        long n = current + previous;
        if (n == 0) {
            return 1.0;
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("count too large");
        }
        return new BinomialTest().binomialTest((int) n, (int) current, 0.5, AlternativeHypothesis.TWO_SIDED);
    }

    public static boolean significant(long current, long previous) {
        return pValue(current, previous) < LEVEL;
    }
}
