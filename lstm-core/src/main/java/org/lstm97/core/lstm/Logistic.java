package org.lstm97.core.lstm;

/** The logistic function σ(x) = 1 / (1 + e^(−x)) (SPEC §1.1), computed exactly with {@link Math#exp}. */
final class Logistic {
    private Logistic() {
    }

    static double sigma(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
