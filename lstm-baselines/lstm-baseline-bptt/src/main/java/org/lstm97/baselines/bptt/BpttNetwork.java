package org.lstm97.baselines.bptt;

import java.util.Arrays;
import org.lstm97.baselines.support.Topology;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.math.Exp;

/**
 * A recurrent net of logistic units trained by back-propagation through time (paper Sec. 3.1 notation).
 *
 * <p>Forward: {@code y_i(t) = f_i(net_i(t))}, {@code net_i(t) = sum_j w_ij z_j}, over the unit's slots
 * (inputs at t, lower units at t, units at t-1, bias); the slots, derivatives and errors of every step are
 * kept on a stack that grows with the longest sequence seen (BPTT is not local in time).
 *
 * <p>Backward: {@code theta_k(t) = f'_k(t) (d_k(t) - y_k(t))} for output units with a target, plus, for every
 * unit, {@code f'_j(t) sum_i w_ij theta_i} over the units i that read j at the same step and at t+1;
 * {@code dw_jl = alpha sum_t theta_j(t) z_l(t)}. Untruncated this is the exact gradient of the sequence's
 * error, equal to offline RTRL's. With a truncation depth h, the error injected at step s flows back through
 * steps s, s-1, ..., s-h+1 only (h = 1 is Elman's one-step procedure).
 *
 * <p>Weights change at the end of the sequence (epochwise BPTT) or, in {@link WeightUpdate#STEP} mode, after
 * every step with a target, from that step's error propagated back through the stored steps.
 */
final class BpttNetwork implements Network {
    private final Topology top;
    private final double learningRate;
    private final boolean everyStep;
    private final int truncation;
    private final int m;
    private final int n;
    private final int firstOutput;
    private final int weightCount;
    private final int slots;
    private final int[] offset;
    private final int[] slot;
    /** Where weight i sends w_i theta back: [0, n) units at t, [n, 2n) units at t-1, 2n nowhere. */
    private final int[] backTo;

    final double[] weights;
    /** Summed theta z over the pending error steps (the weight change divided by the learning rate). */
    final double[] gradient;

    private final double[] z;
    private final double[] back;
    private double[] zStack;
    private double[] fprimeStack;
    private double[] errorStack;
    private int[] activeStack;
    private boolean[] targetStack;
    private int length;
    private int lastActive = -1;
    private boolean diverged;

    /**
     * @param truncation how many steps an error flows back (the step itself included); 0 for no limit
     */
    BpttNetwork(Topology top, double[] weights, double learningRate, boolean everyStep, int truncation) {
        if (weights.length != top.weightCount()) {
            throw new IllegalArgumentException("expected " + top.weightCount() + " weights, got " + weights.length);
        }
        if (truncation < 0) {
            throw new IllegalArgumentException("truncation must be >= 0, got " + truncation);
        }
        this.top = top;
        this.learningRate = learningRate;
        this.everyStep = everyStep;
        this.truncation = truncation;
        this.m = top.inputs();
        this.n = top.units();
        this.firstOutput = n - top.outputs();
        this.weightCount = top.weightCount();
        this.slots = top.slotCount();
        this.offset = top.offsets();
        this.slot = top.slots();
        this.backTo = new int[weightCount];
        for (int i = 0; i < weightCount; i++) {
            int s = slot[i];
            backTo[i] = s >= m && s < m + 2 * n ? s - m : 2 * n;
        }
        this.weights = weights;
        this.gradient = new double[weightCount];
        this.z = new double[slots];
        this.back = new double[2 * n + 1];
        ensureCapacity(16);
    }

    private void ensureCapacity(int steps) {
        if (zStack != null && activeStack.length >= steps) {
            return;
        }
        int capacity = zStack == null ? steps : Math.max(steps, 2 * activeStack.length);
        zStack = zStack == null ? new double[capacity * slots] : Arrays.copyOf(zStack, capacity * slots);
        fprimeStack = fprimeStack == null ? new double[capacity * n] : Arrays.copyOf(fprimeStack, capacity * n);
        errorStack = errorStack == null ? new double[capacity * n] : Arrays.copyOf(errorStack, capacity * n);
        activeStack = activeStack == null ? new int[capacity] : Arrays.copyOf(activeStack, capacity);
        targetStack = targetStack == null ? new boolean[capacity] : Arrays.copyOf(targetStack, capacity);
    }

    @Override
    public int inputSize() {
        return m;
    }

    @Override
    public int outputSize() {
        return top.outputs();
    }

    @Override
    public int weightCount() {
        return weightCount;
    }

    @Override
    public void startSequence() {
        Arrays.fill(z, 0.0);
        z[m + 2 * n] = 1.0;
        lastActive = -1;
        length = 0;
    }

    @Override
    public void step(Sequence sequence, int t, double[] out, boolean learn) {
        // the units of step t-1 become the recurrent slots; activations start at 0 (reset per sequence)
        System.arraycopy(z, m, z, m + n, n);
        int active = sequence.activeInput(t);
        if (active >= 0) {
            if (lastActive >= 0) {
                z[lastActive] = 0.0;
            }
            z[active] = 1.0;
            lastActive = active;
        } else {
            System.arraycopy(sequence.inputs(), t * m, z, 0, m);
        }
        int at = length;
        if (learn) {
            ensureCapacity(at + 1);
        }
        forward(active, learn ? at : -1);
        for (int k = firstOutput; k < n; k++) {
            out[k - firstOutput] = z[m + k];
        }
        if (!learn) {
            return;
        }
        length++;
        System.arraycopy(z, 0, zStack, at * slots, slots);
        activeStack[at] = active;
        boolean target = sequence.hasTarget(t);
        targetStack[at] = target;
        int eBase = at * n;
        Arrays.fill(errorStack, eBase, eBase + n, 0.0);
        if (target) {
            double check = 0.0;
            for (int k = firstOutput; k < n; k++) {
                double e = sequence.target(t, k - firstOutput) - z[m + k];
                errorStack[eBase + k] = e;
                check += e;
            }
            if (Double.isNaN(check)) {
                diverged = true;
            }
            if (everyStep) {
                backward(at, bottom(at), at);
                applyGradient();
            }
        }
    }

    /** y_i(t) = f(net_i(t)), units in index order; records f' on the stack when {@code at >= 0}. */
    private void forward(int active, int at) {
        double check = 0.0;
        for (int a = 0; a < n; a++) {
            int o = offset[a];
            double net;
            if (active >= 0) {
                net = weights[o + active];
            } else {
                net = 0.0;
                for (int b = 0; b < m; b++) {
                    net += weights[o + b] * z[b];
                }
            }
            for (int i = o + m; i < offset[a + 1]; i++) {
                net += weights[i] * z[slot[i]];
            }
            double y = Exp.logistic(net);
            z[m + a] = y;
            if (at >= 0) {
                fprimeStack[at * n + a] = y * (1.0 - y);
            }
            check += net;
        }
        if (Double.isNaN(check)) {
            diverged = true;
        }
    }

    private int bottom(int errorStep) {
        return truncation == 0 ? 0 : Math.max(0, errorStep - truncation + 1);
    }

    /**
     * Propagates errors back from step {@code topStep} down to {@code bottomStep}, adding theta z to the
     * gradient. {@code only} >= 0 injects the error of that step alone; -1 injects every stored error.
     */
    private void backward(int topStep, int bottomStep, int only) {
        Arrays.fill(back, 0.0);
        for (int t = topStep; t >= bottomStep; t--) {
            int zBase = t * slots;
            int fBase = t * n;
            boolean inject = only < 0 ? targetStack[t] : t == only;
            int active = activeStack[t];
            for (int a = n - 1; a >= 0; a--) {
                double signal = back[a];
                if (inject) {
                    signal += errorStack[fBase + a];
                }
                double theta = fprimeStack[fBase + a] * signal;
                if (theta == 0.0) {
                    continue;
                }
                int o = offset[a];
                if (active >= 0) {
                    gradient[o + active] += theta;
                } else {
                    for (int b = 0; b < m; b++) {
                        gradient[o + b] += theta * zStack[zBase + b];
                    }
                }
                for (int i = o + m; i < offset[a + 1]; i++) {
                    gradient[i] += theta * zStack[zBase + slot[i]];
                    back[backTo[i]] += weights[i] * theta;
                }
            }
            // what flowed to the units at t-1 is the signal of the next (earlier) step
            System.arraycopy(back, n, back, 0, n);
            Arrays.fill(back, n, 2 * n + 1, 0.0);
        }
    }

    private void applyGradient() {
        double check = 0.0;
        for (int r = 0; r < weightCount; r++) {
            weights[r] += learningRate * gradient[r];
            gradient[r] = 0.0;
            check += weights[r];
        }
        if (!Double.isFinite(check)) {
            diverged = true;
        }
    }

    /** Fills {@link #gradient} with the sequence's (possibly truncated) gradient, without applying it. */
    void accumulateSequenceGradient() {
        if (length == 0) {
            return;
        }
        if (truncation == 0) {
            backward(length - 1, 0, -1);
        } else {
            for (int s = 0; s < length; s++) {
                if (targetStack[s]) {
                    backward(s, bottom(s), s);
                }
            }
        }
    }

    @Override
    public void endSequence(boolean learn) {
        if (learn && !everyStep) {
            accumulateSequenceGradient();
            applyGradient();
        }
        length = 0;
    }

    @Override
    public boolean diverged() {
        return diverged;
    }
}
