package org.lstm97.tasks;

import org.lstm97.core.api.Sequence;

/** The paper's per-sequence success criteria, shared by the task families. */
public final class Correctness {
    private Correctness() {}

    /**
     * Fails unless {@code outputs} holds (at least) one row of outputs per step of {@code sequence}; the training
     * loop reuses a buffer that may be longer.
     */
    public static void checkOutputs(Sequence sequence, double[] outputs) {
        int expected = sequence.length() * sequence.outputSize();
        if (outputs.length < expected) {
            throw new IllegalArgumentException("expected " + expected + " outputs (" + sequence.length() + " steps x "
                    + sequence.outputSize() + "), got " + outputs.length);
        }
    }

    /**
     * ABS(beta) [NC97 Sec. 5.7]: at the last step that carries a target, the absolute error of every output
     * unit is below {@code beta}.
     */
    public static boolean absAtEnd(Sequence sequence, double[] outputs, double beta) {
        checkOutputs(sequence, outputs);
        int t = sequence.lastTargetStep();
        return t >= 0 && absAtStep(sequence, outputs, t, beta, false);
    }

    /** The maximal absolute error of all output units at all steps with a target is below {@code beta}. */
    public static boolean absAtAllTargets(Sequence sequence, double[] outputs, double beta) {
        checkOutputs(sequence, outputs);
        boolean any = false;
        for (int t = 0; t < sequence.length(); t++) {
            if (sequence.hasTarget(t)) {
                any = true;
                if (!absAtStep(sequence, outputs, t, beta, false)) {
                    return false;
                }
            }
        }
        return any;
    }

    /**
     * At the last step with a target, every output is within {@code tolerance} (inclusive) of the noise-free
     * target (Exp. 3c: misclassified when |output - noise-free target| &gt; 0.1).
     */
    public static boolean cleanWithinAtEnd(Sequence sequence, double[] outputs, double tolerance) {
        checkOutputs(sequence, outputs);
        int t = sequence.lastTargetStep();
        return t >= 0 && absAtStep(sequence, outputs, t, tolerance, true);
    }

    private static boolean absAtStep(Sequence sequence, double[] outputs, int t, double bound, boolean clean) {
        int size = sequence.outputSize();
        int base = t * size;
        for (int k = 0; k < size; k++) {
            double y = outputs[base + k];
            if (clean) {
                if (!(Math.abs(y - sequence.cleanTarget(t, k)) <= bound)) {
                    return false;
                }
            } else if (!(Math.abs(y - sequence.target(t, k)) < bound)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the units in {@code mask} (bit k = output k) are exactly the {@code m = bitCount(mask)} most
     * active outputs of the row starting at {@code offset}: every unit in the mask is strictly more active
     * than every unit outside it (a tie fails).
     */
    public static boolean mostActiveAre(double[] outputs, int offset, int size, int mask) {
        double minIn = Double.POSITIVE_INFINITY;
        double maxOut = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < size; k++) {
            double y = outputs[offset + k];
            if (Double.isNaN(y)) {
                return false;
            }
            if ((mask & (1 << k)) != 0) {
                minIn = Math.min(minIn, y);
            } else {
                maxOut = Math.max(maxOut, y);
            }
        }
        return minIn > maxOut;
    }
}
