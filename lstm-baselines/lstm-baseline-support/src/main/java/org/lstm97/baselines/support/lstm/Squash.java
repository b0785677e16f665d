package org.lstm97.baselines.support.lstm;

import org.lstm97.core.math.Exp;

/**
 * Squashing functions of the cell input (g) and the cell state (h) of the later LSTMs: the 1997 ones, each an
 * affine map {@code a·σ(x) + b} of the logistic (Hochreiter &amp; Schmidhuber 1997, App. A.1 eqs (3)–(5)), and
 * the hyperbolic tangent of Greff et al. (2017).
 *
 * <p>The logistic is {@link Exp#logistic} and tanh is {@link StrictMath#tanh} (fdlibm, the same bits on every JVM):
 * never {@code Math.exp} or {@code Math.tanh}, whose JIT intrinsics differ between JVMs.
 */
public enum Squash {
    /** σ(x) in [0, 1]. */
    LOGISTIC(1.0, 0.0),
    /** 2σ(x) − 1 in [−1, 1] (the 1997 h). */
    SYMMETRIC_1(2.0, -1.0),
    /** 4σ(x) − 2 in [−2, 2] (the 1997 g). */
    SYMMETRIC_2(4.0, -2.0),
    /** tanh(x) in [−1, 1] (Greff et al. 2017's g and h). */
    TANH(Double.NaN, Double.NaN),
    /** x (the 1997 h of Exp. 2a/2b). */
    IDENTITY(Double.NaN, Double.NaN);

    private final double scale;
    private final double offset;

    Squash(double scale, double offset) {
        this.scale = scale;
        this.offset = offset;
    }

    /** {@code a} of {@code a·σ(x) + b}; NaN for tanh and the identity. */
    public double scale() {
        return scale;
    }

    /** {@code b} of {@code a·σ(x) + b}; NaN for tanh and the identity. */
    public double offset() {
        return offset;
    }

    /** Whether the function is {@code a·σ(x) + b}. */
    public boolean isLogisticFamily() {
        return this == LOGISTIC || this == SYMMETRIC_1 || this == SYMMETRIC_2;
    }

    public double apply(double x) {
        return switch (this) {
            case TANH -> StrictMath.tanh(x);
            case IDENTITY -> x;
            default -> scale * Exp.logistic(x) + offset;
        };
    }

    /**
     * The value at {@code x}, with the derivative stored in {@code derivative[i]}: one logistic or tanh for both
     * (the same bits as {@link #apply} and {@link #derivative}).
     */
    public double apply(double x, double[] derivative, int i) {
        switch (this) {
            case TANH -> {
                double t = StrictMath.tanh(x);
                derivative[i] = 1.0 - t * t;
                return t;
            }
            case IDENTITY -> {
                derivative[i] = 1.0;
                return x;
            }
            default -> {
                double s = Exp.logistic(x);
                derivative[i] = scale * s * (1.0 - s);
                return scale * s + offset;
            }
        }
    }

    public double derivative(double x) {
        return switch (this) {
            case TANH -> {
                double t = StrictMath.tanh(x);
                yield 1.0 - t * t;
            }
            case IDENTITY -> 1.0;
            default -> {
                double s = Exp.logistic(x);
                yield scale * s * (1.0 - s);
            }
        };
    }
}
