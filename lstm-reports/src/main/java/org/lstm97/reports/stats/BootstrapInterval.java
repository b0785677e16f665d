package org.lstm97.reports.stats;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.lstm97.core.random.Draws;
import org.lstm97.core.random.Seeds;

/**
 * Percentile bootstrap interval of a mean: resample the values with replacement {@code resamples} times
 * from a fixed seed, take the 2.5th and 97.5th percentiles (commons-math3's default estimator) of the
 * resampled means. Same values and seed, same interval, on every JDK.
 *
 * @param resamples  number of bootstrap resamples (e.g. 2000)
 * @param confidence two-sided confidence level (e.g. 0.95)
 */
public record BootstrapInterval(int resamples, double confidence) {
    public static final BootstrapInterval DEFAULT = new BootstrapInterval(2000, 0.95);

    public BootstrapInterval {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be positive: " + resamples);
        }
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
    }

    /** The interval of the mean of {@code values} for the random stream of {@code seed}; null if empty. */
    public Interval ofMean(double[] values, long seed) {
        int n = values.length;
        if (n == 0) {
            return null;
        }
        RandomGenerator random = Seeds.stream(seed);
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                sum += values[Draws.uniformInt(random, 0, n - 1)];
            }
            means[b] = sum / n;
        }
        double tail = (1.0 - confidence) / 2.0 * 100.0;
        Percentile percentile = new Percentile();
        percentile.setData(means);
        double low = percentile.evaluate(tail);
        double high = percentile.evaluate(100.0 - tail);
        return new Interval(Math.min(low, high), Math.max(low, high));
    }
}
