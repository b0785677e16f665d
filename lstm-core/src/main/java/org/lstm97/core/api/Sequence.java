package org.lstm97.core.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * One input sequence with its targets, stored flat for the learners' step loops.
 *
 * <p>Inputs are {@code length x inputSize} row-major; targets are {@code length x outputSize}
 * row-major, meaningful only at steps where {@link #hasTarget(int)} is true. For local (one-hot)
 * inputs {@link #activeInput(int)} gives the index of the one unit that is 1 at a step, so learners
 * can skip the zeros; it is {@code -1} for every step of a dense sequence.
 *
 * <p>The arrays are shared, not copied: callers must not modify what the accessors return.
 */
public final class Sequence {
    private final int length;
    private final int inputSize;
    private final int outputSize;
    private final double[] inputs;
    private final int[] activeInputs;
    private final double[] targets;
    private final boolean[] targetMask;
    private final double[] cleanTargets;
    private final String label;

    private Sequence(Builder b) {
        this.length = b.length;
        this.inputSize = b.inputSize;
        this.outputSize = b.outputSize;
        this.inputs = b.inputs;
        this.activeInputs = b.activeInputs;
        this.targets = b.targets;
        this.targetMask = b.targetMask;
        this.cleanTargets = b.cleanTargets == null ? b.targets : b.cleanTargets;
        this.label = b.label;
    }

    /** Starts a sequence of {@code length} steps; all inputs and targets start at 0, no step has a target. */
    public static Builder builder(int length, int inputSize, int outputSize) {
        return new Builder(length, inputSize, outputSize);
    }

    public int length() {
        return length;
    }

    public int inputSize() {
        return inputSize;
    }

    public int outputSize() {
        return outputSize;
    }

    /** Input of unit {@code i} at step {@code t}. */
    public double input(int t, int i) {
        return inputs[t * inputSize + i];
    }

    /** The flat input array, {@code length x inputSize}, row-major. Read only. */
    public double[] inputs() {
        return inputs;
    }

    /** True when every step has exactly one input unit at 1 and all others at 0. */
    public boolean isOneHot() {
        return activeInputs != null;
    }

    /** Index of the input unit that is 1 at step {@code t} of a one-hot sequence; -1 for dense sequences. */
    public int activeInput(int t) {
        return activeInputs == null ? -1 : activeInputs[t];
    }

    public boolean hasTarget(int t) {
        return targetMask[t];
    }

    /** Target of output unit {@code k} at step {@code t}. */
    public double target(int t, int k) {
        return targets[t * outputSize + k];
    }

    /** The flat target array, {@code length x outputSize}, row-major. Read only. */
    public double[] targets() {
        return targets;
    }

    /**
     * Noise-free target of output {@code k} at step {@code t}: equal to {@link #target} except for tasks
     * with noisy targets (Exp. 3c), where the paper judges outputs against the noise-free value.
     */
    public double cleanTarget(int t, int k) {
        return cleanTargets[t * outputSize + k];
    }

    /** The last step that carries a target, or -1 if none does. */
    public int lastTargetStep() {
        for (int t = length - 1; t >= 0; t--) {
            if (targetMask[t]) {
                return t;
            }
        }
        return -1;
    }

    /** Class or symbol information for reports and samples (for example "Q" or "x"), or null. */
    public String label() {
        return label;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sequence s
                && length == s.length && inputSize == s.inputSize && outputSize == s.outputSize
                && Arrays.equals(inputs, s.inputs) && Arrays.equals(activeInputs, s.activeInputs)
                && Arrays.equals(targets, s.targets) && Arrays.equals(targetMask, s.targetMask)
                && Arrays.equals(cleanTargets, s.cleanTargets) && Objects.equals(label, s.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(length, Arrays.hashCode(inputs), Arrays.hashCode(targets), label);
    }

    @Override
    public String toString() {
        return "Sequence[length=" + length + ", in=" + inputSize + ", out=" + outputSize
                + (label == null ? "" : ", label=" + label) + "]";
    }

    /** Fills a sequence step by step; {@link #build()} hands over the arrays without copying. */
    public static final class Builder {
        private final int length;
        private final int inputSize;
        private final int outputSize;
        private final double[] inputs;
        private int[] activeInputs;
        private final double[] targets;
        private final boolean[] targetMask;
        private double[] cleanTargets;
        private String label;
        private boolean built;

        private Builder(int length, int inputSize, int outputSize) {
            if (length < 1 || inputSize < 1 || outputSize < 1) {
                throw new IllegalArgumentException("length, inputSize and outputSize must be positive: "
                        + length + ", " + inputSize + ", " + outputSize);
            }
            this.length = length;
            this.inputSize = inputSize;
            this.outputSize = outputSize;
            this.inputs = new double[length * inputSize];
            this.targets = new double[length * outputSize];
            this.targetMask = new boolean[length];
        }

        /** Sets the input at step {@code t} to the one-hot vector of {@code index}. */
        public Builder oneHot(int t, int index) {
            if (activeInputs == null) {
                if (t != 0 && !allZero()) {
                    throw new IllegalStateException("cannot mix one-hot and dense steps");
                }
                activeInputs = new int[length];
                Arrays.fill(activeInputs, -1);
            }
            int base = t * inputSize;
            if (activeInputs[t] >= 0) {
                inputs[base + activeInputs[t]] = 0.0;
            }
            inputs[base + index] = 1.0;
            activeInputs[t] = index;
            return this;
        }

        private boolean allZero() {
            for (double v : inputs) {
                if (v != 0.0) {
                    return false;
                }
            }
            return true;
        }

        /** Sets input unit {@code i} at step {@code t} (dense sequences). */
        public Builder input(int t, int i, double value) {
            if (activeInputs != null) {
                throw new IllegalStateException("cannot mix one-hot and dense steps");
            }
            inputs[t * inputSize + i] = value;
            return this;
        }

        /** Sets the target of output {@code k} at step {@code t} and marks the step as carrying a target. */
        public Builder target(int t, int k, double value) {
            targets[t * outputSize + k] = value;
            targetMask[t] = true;
            return this;
        }

        /** Sets the noise-free target of output {@code k} at step {@code t} (only for noisy-target tasks). */
        public Builder cleanTarget(int t, int k, double value) {
            if (cleanTargets == null) {
                cleanTargets = targets.clone();
            }
            cleanTargets[t * outputSize + k] = value;
            return this;
        }

        public Builder label(String value) {
            this.label = value;
            return this;
        }

        public Sequence build() {
            if (built) {
                throw new IllegalStateException("build() called twice");
            }
            if (activeInputs != null) {
                for (int t = 0; t < length; t++) {
                    if (activeInputs[t] < 0) {
                        throw new IllegalStateException("one-hot sequence has no active input at step " + t);
                    }
                }
            }
            built = true;
            return new Sequence(this);
        }
    }
}
