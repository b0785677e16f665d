package org.lstm97.tasks.adding;

import java.util.List;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.random.Draws;
import org.lstm97.tasks.Correctness;
import org.lstm97.tasks.Lengths;

/**
 * The marked-pair sequences of Exp. 4 and 5 [NC97 Sec. 5.4–5.5, PAPER.md §3.8–3.9]. Each step is a pair
 * (value, marker): input 0 is the value, uniform in [low, high); input 1 the marker. The length is uniform in
 * [T, T + T/10]. Exactly two pairs are marked +1: X_1 uniform among the first ten pairs, X_2 uniform among the
 * first T/2 − 1 still-unmarked pairs ({1 … T/2} \ {pos X_1}, 1-based). All other markers are 0 except the
 * first and the last pair's, which are −1. A marked first pair carries the configured marker and (per the
 * rule) the fixed value [PAPER.md U8]. The one target, at the last step, is {@link #target(double, double)}. Labelled with the
 * 1-based marked positions, e.g. "X1@3 X2@41".
 */
public abstract class MarkedPairTask implements SequenceTask {
    private final int minimalLength;
    private final double low;
    private final double high;
    private final double firstPairValue;
    private final double firstPairMarker;
    private final FirstPairRule firstPairRule;
    private final double threshold;

    /**
     * @param minimalLength   T
     * @param low             lowest value
     * @param high            highest value (exclusive)
     * @param firstPairValue  the value a marked first pair takes
     * @param firstPairMarker the marker a marked first pair carries (+1 or −1)
     * @param firstPairRule   which marked pair the first-pair rule applies to
     * @param threshold       correct if the absolute error at the end is below this
     */
    protected MarkedPairTask(
            int minimalLength,
            double low,
            double high,
            double firstPairValue,
            double firstPairMarker,
            FirstPairRule firstPairRule,
            double threshold) {
        this.minimalLength = minimalLength;
        this.low = low;
        this.high = high;
        this.firstPairValue = firstPairValue;
        this.firstPairMarker = firstPairMarker;
        this.firstPairRule = firstPairRule;
        this.threshold = threshold;
    }

    /** The target at the sequence end from the two marked values. */
    protected abstract double target(double x1, double x2);

    @Override
    public final int inputSize() {
        return 2;
    }

    @Override
    public final int outputSize() {
        return 1;
    }

    @Override
    public final List<String> inputNames() {
        return null;
    }

    @Override
    public final List<String> outputNames() {
        return null;
    }

    /** Draws, in order: the length, X_1's position, X_2's position, then one value per pair. */
    @Override
    public final Sequence next(RandomGenerator random) {
        int length = Lengths.tPlusTenth(random, minimalLength);
        int first = Draws.uniformInt(random, 0, 9);
        int j = Draws.uniformInt(random, 0, minimalLength / 2 - 2);
        int second = j < first ? j : j + 1;
        Sequence.Builder builder = Sequence.builder(length, 2, 1);
        double x1 = 0.0;
        double x2 = 0.0;
        for (int t = 0; t < length; t++) {
            double value = Draws.uniform(random, low, high);
            double marker = t == 0 || t == length - 1 ? -1.0 : 0.0;
            if (t == first || t == second) {
                marker = t == 0 ? firstPairMarker : 1.0;
                if (t == 0 && (t == first || firstPairRule == FirstPairRule.ANY_MARK)) {
                    value = firstPairValue;
                }
                if (t == first) {
                    x1 = value;
                } else {
                    x2 = value;
                }
            }
            builder.input(t, 0, value);
            builder.input(t, 1, marker);
        }
        builder.target(length - 1, 0, target(x1, x2));
        return builder.label("X1@" + (first + 1) + " X2@" + (second + 1)).build();
    }

    /** ABS(threshold) at the sequence end (the paper: absolute error below 0.04). */
    @Override
    public final boolean isCorrect(Sequence sequence, double[] outputs) {
        return Correctness.absAtEnd(sequence, outputs, threshold);
    }
}
