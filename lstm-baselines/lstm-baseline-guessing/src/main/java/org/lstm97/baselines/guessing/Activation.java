package org.lstm97.baselines.guessing;

import org.lstm97.core.math.Exp;

/** The squashing function of every non-input unit of a guessed net. */
public enum Activation {
    /** Logistic sigmoid in [0, 1] (NIPS 9 version: "All activation functions are logistic sigmoid"). */
    LOGISTIC,
    /** Hyperbolic tangent in [-1, 1] (the 2001 version's latch experiments). */
    TANH;

    /** f(x). */
    double apply(double x) {
        return this == LOGISTIC ? Exp.logistic(x) : StrictMath.tanh(x);
    }
}
