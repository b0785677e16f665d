package org.lstm97.core.lstm;

/**
 * "Add a cell once the error has stopped decreasing" (PAPER.md §1.8 remedy 1, U6), made concrete: the error of each
 * training sequence is averaged over consecutive windows of {@code window} sequences; when a window's mean is not
 * at least {@code minDecrease} (a fraction) below the previous window's mean, the error has stalled. After a
 * stall the comparison starts afresh (the next window has no predecessor).
 */
final class ErrorStallRule {
    private final int window;
    private final double minDecrease;
    private double sum;
    private int count;
    private double previousMean = Double.NaN;

    ErrorStallRule(int window, double minDecrease) {
        this.window = window;
        this.minDecrease = minDecrease;
    }

    /** Records one sequence's error; true when this completes a window in which the error stalled. */
    boolean stalledAfter(double sequenceError) {
        sum += sequenceError;
        count++;
        if (count < window) {
            return false;
        }
        double mean = sum / count;
        sum = 0.0;
        count = 0;
        boolean stalled = !Double.isNaN(previousMean) && mean > previousMean * (1.0 - minDecrease);
        previousMean = stalled ? Double.NaN : mean;
        return stalled;
    }
}
