package org.lstm97.reports.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Wilson score interval of a binomial proportion (Wilson 1927), which behaves well at 0 and n successes
 * and for the small trial counts of the paper (10 to 30 per row).
 */
public final class WilsonInterval {
    /** The two-sided 95% normal quantile, 1.959963984540054. */
    public static final double Z95 = new NormalDistribution().inverseCumulativeProbability(0.975);

    private WilsonInterval() {
    }

    /** The 95% interval of {@code successes} out of {@code n}. */
    public static Interval of95(int successes, int n) {
        return of(successes, n, Z95);
    }

    /** The interval of {@code successes} out of {@code n} for the normal quantile {@code z}. */
    public static Interval of(int successes, int n, double z) {
        if (n <= 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 <= successes <= n and n > 0: " + successes + "/" + n);
        }
        double p = (double) successes / n;
        double z2 = z * z;
        double denominator = 1.0 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
        double low = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
        double high = successes == n ? 1.0 : Math.min(1.0, centre + half);
        return new Interval(low, high);
    }
}
