package org.lstm97.tasks;

import org.lstm97.core.api.Sequence;

/** Output arrays for judging: perfect ones and deliberately wrong ones. */
public final class Outputs {
    private Outputs() {}

    /** The noise-free targets at every step (zeros where there is no target). */
    public static double[] perfect(Sequence sequence) {
        int out = sequence.outputSize();
        double[] outputs = new double[sequence.length() * out];
        for (int t = 0; t < sequence.length(); t++) {
            for (int k = 0; k < out; k++) {
                outputs[t * out + k] = sequence.cleanTarget(t, k);
            }
        }
        return outputs;
    }

    /** {@link #perfect} with output {@code k} at the last target step moved by {@code delta}. */
    public static double[] perfectExceptAtEnd(Sequence sequence, int k, double delta) {
        double[] outputs = perfect(sequence);
        outputs[sequence.lastTargetStep() * sequence.outputSize() + k] += delta;
        return outputs;
    }
}
