package org.lstm97.core.random;

import java.util.random.RandomGenerator;

/**
 * Random draws written out here rather than taken from JDK defaults whose algorithms may change between
 * Java versions, so results stay bit-identical across JDKs.
 */
public final class Draws {
    private Draws() {}

    /** Uniform in [lo, hi). */
    public static double uniform(RandomGenerator random, double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** Uniform integer in [lo, hi], both inclusive. */
    public static int uniformInt(RandomGenerator random, int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    /** Standard normal by the Marsaglia polar method. */
    public static double gaussian(RandomGenerator random) {
        double u;
        double v;
        double s;
        do {
            u = 2.0 * random.nextDouble() - 1.0;
            v = 2.0 * random.nextDouble() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        return u * Math.sqrt(-2.0 * StrictMath.log(s) / s); // StrictMath: the same bits on every JVM
    }

    /** Normal with the given mean and variance (the paper states variances, not standard deviations). */
    public static double gaussian(RandomGenerator random, double mean, double variance) {
        return mean + Math.sqrt(variance) * gaussian(random);
    }

    /** True with probability {@code p}. */
    public static boolean bernoulli(RandomGenerator random, double p) {
        return random.nextDouble() < p;
    }
}
