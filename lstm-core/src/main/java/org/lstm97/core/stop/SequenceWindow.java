package org.lstm97.core.stop;

/**
 * The {@code capacity} most recent sequences of a training run: one value and one flag each, with the exact
 * number of flagged entries and the sum of the values, all updated in O(1) per sequence.
 *
 * <p>The running sum adds the new value and subtracts the evicted one; to keep rounding from drifting it is
 * recomputed from the buffer, oldest entry first, after every {@code capacity} additions, so the sum is always
 * the exact-order sum of at most {@code capacity} later updates and is bit-for-bit reproducible. Non-finite
 * values are counted, not summed: while one is in the window the mean is NaN.
 */
final class SequenceWindow {
    private final double[] values;
    private final boolean[] flags;
    private final boolean[] finite;
    private int size;
    private int next;
    private int flagged;
    private int nonFinite;
    private double sum;
    private int sinceRecompute;

    SequenceWindow(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        }
        values = new double[capacity];
        flags = new boolean[capacity];
        finite = new boolean[capacity];
    }

    /** Adds the newest sequence's {@code value} and {@code flag}, evicting the oldest when full. */
    void add(double value, boolean flag) {
        int capacity = values.length;
        if (size == capacity) {
            if (flags[next]) {
                flagged--;
            }
            if (finite[next]) {
                sum -= values[next];
            } else {
                nonFinite--;
            }
        } else {
            size++;
        }
        boolean isFinite = Double.isFinite(value);
        values[next] = value;
        flags[next] = flag;
        finite[next] = isFinite;
        if (flag) {
            flagged++;
        }
        if (isFinite) {
            sum += value;
        } else {
            nonFinite++;
        }
        next = next + 1 == capacity ? 0 : next + 1;
        if (++sinceRecompute == capacity) {
            recomputeSum();
        }
    }

    private void recomputeSum() {
        int capacity = values.length;
        int oldest = size == capacity ? next : 0;
        double s = 0.0;
        for (int i = 0; i < size; i++) {
            int j = oldest + i;
            if (j >= capacity) {
                j -= capacity;
            }
            if (finite[j]) {
                s += values[j];
            }
        }
        sum = s;
        sinceRecompute = 0;
    }

    /** Whether the window holds {@code capacity} sequences. */
    boolean full() {
        return size == values.length;
    }

    int size() {
        return size;
    }

    /** Number of flagged sequences in the window (exact). */
    int flagged() {
        return flagged;
    }

    /** Mean of the values in the window; NaN when the window is empty or holds a non-finite value. */
    double mean() {
        if (size == 0 || nonFinite > 0) {
            return Double.NaN;
        }
        return sum / size;
    }
}
