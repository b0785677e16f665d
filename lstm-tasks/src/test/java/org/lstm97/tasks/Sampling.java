package org.lstm97.tasks;

/** Mean and variance of a sample, for the distribution checks. */
public final class Sampling {
    private double sum;
    private double sumOfSquares;
    private long count;

    public void add(double x) {
        sum += x;
        sumOfSquares += x * x;
        count++;
    }

    public long count() {
        return count;
    }

    public double mean() {
        return sum / count;
    }

    /** Unbiased sample variance. */
    public double variance() {
        double m = mean();
        return (sumOfSquares - count * m * m) / (count - 1);
    }
}
