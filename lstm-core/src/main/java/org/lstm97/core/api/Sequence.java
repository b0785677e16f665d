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
 * <p>One-hot sequences store only the active index per step (at p = q = 1000, Exp. 2c, a dense copy would be
 * 8 MB per sequence); {@link #inputs()} builds the dense array on first request.
 *
 * <p>The arrays are shared, not copied: callers must not modify what the accessors return.
 */
public final class Sequence {
    private final int length;
    private final int inputSize;
    private final int outputSize;
    private double[] inputs;
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
        if (activeInputs != null) {
            return activeInputs[t] == i ? 1.0 : 0.0;
        }
        return inputs[t * inputSize + i];
    }

    /**
     * The flat input array, {@code length x inputSize}, row-major. Read only. For one-hot sequences it is built
     * on first request; learners should use {@link #activeInput(int)} instead.
     */
    public double[] inputs() {
        double[] dense = inputs;
        if (dense == null) {
            dense = new double[length * inputSize];
            for (int t = 0; t < length; t++) {
                dense[t * inputSize + activeInputs[t]] = 1.0;
            }
            inputs = dense;
        }
        return dense;
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
                && length == s.length
                && inputSize == s.inputSize
                && outputSize == s.outputSize
                && Arrays.equals(activeInputs, s.activeInputs)
                && (activeInputs != null || Arrays.equals(inputs, s.inputs))
                && Arrays.equals(targets, s.targets)
                && Arrays.equals(targetMask, s.targetMask)
                && Arrays.equals(cleanTargets, s.cleanTargets)
                && Objects.equals(label, s.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                length,
                activeInputs != null ? Arrays.hashCode(activeInputs) : Arrays.hashCode(inputs),
                Arrays.hashCode(targets),
                label);
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
        private double[] inputs;
        private int[] activeInputs;
        private final double[] targets;
        private final boolean[] targetMask;
        private double[] cleanTargets;
        private String label;
        private boolean built;

        private Builder(int length, int inputSize, int outputSize) {
            if (length < 1 || inputSize < 1 || outputSize < 1) {
                throw new IllegalArgumentException("length, inputSize and outputSize must be positive: " + length + ", "
                        + inputSize + ", " + outputSize);
            }
            this.length = length;
            this.inputSize = inputSize;
            this.outputSize = outputSize;
            this.targets = new double[length * outputSize];
            this.targetMask = new boolean[length];
        }

        /** Sets the input at step {@code t} to the one-hot vector of {@code index}. */
        public Builder oneHot(int t, int index) {
            if (inputs != null) {
                throw new IllegalStateException("cannot mix one-hot and dense steps");
            }
            if (index < 0 || index >= inputSize) {
                throw new IndexOutOfBoundsException("input index " + index + " outside [0, " + inputSize + ")");
            }
            if (activeInputs == null) {
                activeInputs = new int[length];
                Arrays.fill(activeInputs, -1);
            }
            activeInputs[t] = index;
            return this;
        }

        /** Sets input unit {@code i} at step {@code t} (dense sequences). */
        public Builder input(int t, int i, double value) {
            if (activeInputs != null) {
                throw new IllegalStateException("cannot mix one-hot and dense steps");
            }
            if (inputs == null) {
                inputs = new double[length * inputSize];
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
            if (activeInputs == null && inputs == null) {
                inputs = new double[length * inputSize];
            }
            built = true;
            return new Sequence(this);
        }
    }
}
