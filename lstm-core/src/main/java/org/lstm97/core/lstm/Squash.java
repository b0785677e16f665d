package org.lstm97.core.lstm;

import org.lstm97.core.math.Exp;

/**
 * The squashing functions of the 1997 LSTM (PAPER.md §1.1), each an affine map of the logistic σ or the identity:
 * {@code a·σ(x) + b} with derivative {@code a·σ(x)(1−σ(x))}.
 */
public enum Squash {
    /** σ(x) in [0, 1] (the "g1" of Exp. 2a/2b). */
    LOGISTIC(1.0, 0.0),
    /** 2σ(x) − 1 in [−1, 1] (h everywhere except Exp. 2a/2b). */
    SYMMETRIC_1(2.0, -1.0),
    /** 4σ(x) − 2 in [−2, 2] (g everywhere except Exp. 2a/2b). */
    SYMMETRIC_2(4.0, -2.0),
    /** x, derivative 1 (h of Exp. 2a/2b). */
    IDENTITY(Double.NaN, Double.NaN);

    private final double scale;
    private final double offset;

    Squash(double scale, double offset) {
        this.scale = scale;
        this.offset = offset;
    }

    /** {@code a} in {@code a·σ(x) + b}; NaN for the identity. */
    public double scale() {
        return scale;
    }

    /** {@code b} in {@code a·σ(x) + b}; NaN for the identity. */
    public double offset() {
        return offset;
    }

    public boolean isIdentity() {
        return this == IDENTITY;
    }

    /** The function value (slow path, for tests and documentation). */
    public double apply(double x) {
        return isIdentity() ? x : scale * Exp.logistic(x) + offset;
    }

    /** The derivative (slow path, for tests and documentation). */
    public double derivative(double x) {
        if (isIdentity()) {
            return 1.0;
        }
        double s = Exp.logistic(x);
        return scale * s * (1.0 - s);
    }
}
