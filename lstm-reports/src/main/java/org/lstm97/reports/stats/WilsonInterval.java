package org.lstm97.reports.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * The Wilson score interval of a binomial proportion (Wilson 1927), which behaves well at 0 and n successes
 * and for the small trial counts of the paper (10 to 30 per row). Computed by commons-math3's
 * {@link WilsonScoreInterval}; the bound at 0 successes is exactly 0 and the bound at n successes exactly 1
 * (the library's arithmetic leaves them a few units in the last place off).
 */
public final class WilsonInterval {
    /** The two-sided 95% normal quantile, 1.959963984540054. */
    public static final double Z95 = new NormalDistribution().inverseCumulativeProbability(0.975);

    private static final WilsonScoreInterval WILSON = new WilsonScoreInterval();

    private WilsonInterval() {}

    /** The 95% interval of {@code successes} out of {@code n}. */
    public static Interval of95(int successes, int n) {
        return of(successes, n, 0.95);
    }

    /** The interval of {@code successes} out of {@code n} at {@code confidence} (e.g. 0.95). */
    public static Interval of(int successes, int n, double confidence) {
        if (n <= 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 <= successes <= n and n > 0: " + successes + "/" + n);
        }
        ConfidenceInterval interval = WILSON.createInterval(n, successes, confidence);
        double low = successes == 0 ? 0.0 : Math.max(0.0, interval.getLowerBound());
        double high = successes == n ? 1.0 : Math.min(1.0, interval.getUpperBound());
        return new Interval(low, high);
    }
}
