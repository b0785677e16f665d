package org.lstm97.baselines.guessing;

/** The squashing function of every non-input unit of a guessed net. */
public enum Activation {
    /** Logistic sigmoid in [0, 1] (NIPS 9 version: "All activation functions are logistic sigmoid"). */
    LOGISTIC,
    /** Hyperbolic tangent in [-1, 1] (the 2001 version's latch experiments). */
    TANH;

    /** f(x). */
    double apply(double x) {
        return this == LOGISTIC ? 1.0 / (1.0 + Math.exp(-x)) : Math.tanh(x);
    }
}
