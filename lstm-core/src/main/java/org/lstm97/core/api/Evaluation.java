package org.lstm97.core.api;

/**
 * A frozen network measured on a set of sequences.
 *
 * @param count               sequences evaluated
 * @param wrong               sequences the task judged incorrect
 * @param meanEndAbsError     mean over sequences of the mean absolute error at the last target step
 * @param maxEndAbsError      largest absolute error of any output unit at any sequence end
 * @param meanEndSquaredError mean over sequences of the mean squared error at the last target step (MSE)
 * @param meanCleanAbsDiff    mean over sequences of |noise-free target - output| at the end (Exp. 3c)
 */
public record Evaluation(
        int count,
        int wrong,
        double meanEndAbsError,
        double maxEndAbsError,
        double meanEndSquaredError,
        double meanCleanAbsDiff) {

    /** Fraction of sequences judged incorrect. */
    public double wrongFraction() {
        return count == 0 ? 0.0 : (double) wrong / count;
    }
}
