package org.lstm97.baselines.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who feeds whom in a small recurrent net of logistic units, flattened for the step loop.
 *
 * <p>Units are numbered {@code 0..n-1}; the last {@code outputs} of them are the output units, which are
 * also the ones carrying targets. A unit is computed in index order within a step, so it may read lower
 * units of the same step (feed-forward, "each layer has connections from all layers below", paper
 * Sec. 5.2) or any unit of the previous step (recurrent, Williams &amp; Zipser's one-step delay).
 *
 * <p>Every weight reads one <em>slot</em> of the source vector {@code z}:
 * {@code [0, m)} the inputs at t, {@code [m, m+n)} the units at t, {@code [m+n, m+2n)} the units at t-1,
 * {@code m+2n} the bias (always 1). The weights into unit {@code a} are {@code [offset[a], offset[a+1])};
 * their first {@code m} entries are the inputs in order, so a one-hot input touches one weight per unit.
 *
 * <p>Shared by the rtrl and bptt baselines (the same two layouts, {@link Architecture}). Networks copy
 * {@link #offsets()} and {@link #slots()} once when built and index the copies in their step loops.
 */
public final class Topology {
    private final int inputs;
    private final int units;
    private final int outputs;
    /** Weights into unit a are [offset[a], offset[a+1]). */
    private final int[] offset;
    /** The slot each weight reads. */
    private final int[] slot;

    private Topology(int inputs, int units, int outputs, List<int[]> fanIns) {
        this.inputs = inputs;
        this.units = units;
        this.outputs = outputs;
        this.offset = new int[units + 1];
        for (int a = 0; a < units; a++) {
            offset[a + 1] = offset[a] + inputs + fanIns.get(a).length;
        }
        this.slot = new int[offset[units]];
        for (int a = 0; a < units; a++) {
            for (int b = 0; b < inputs; b++) {
                slot[offset[a] + b] = b;
            }
            int[] extra = fanIns.get(a);
            for (int i = 0; i < extra.length; i++) {
                int s = extra[i];
                if (s < inputs || s > inputs + 2 * units) {
                    throw new IllegalArgumentException("unit " + a + " reads slot " + s);
                }
                if (s >= inputs && s < inputs + units && s - inputs >= a) {
                    throw new IllegalArgumentException("unit " + a + " reads unit " + (s - inputs)
                            + " of the same step; only lower units may be read");
                }
                slot[offset[a] + inputs + i] = s;
            }
        }
    }

    /**
     * Williams &amp; Zipser's fully recurrent net: {@code hidden + outputs} units, each reading all inputs at t
     * and all units (itself included) at t-1, plus an optional bias. Weights: n(n+m) (+n). Table 1's RTRL
     * rows: 3 hidden = 170, 12 hidden = 494 weights.
     */
    public static Topology fullyRecurrent(int inputs, int hidden, int outputs, boolean bias) {
        checkSizes(inputs, hidden, outputs);
        int n = hidden + outputs;
        List<int[]> fanIns = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            int[] extra = new int[n + (bias ? 1 : 0)];
            for (int j = 0; j < n; j++) {
                extra[j] = inputs + n + j;
            }
            if (bias) {
                extra[n] = inputs + 2 * n;
            }
            fanIns.add(extra);
        }
        return new Topology(inputs, n, outputs, fanIns);
    }

    /**
     * Table 2's net: a recurrent hidden layer (each hidden unit reads all inputs at t and all hidden units at
     * t-1) and non-recurrent output units reading all inputs and all hidden units at t, plus an optional bias.
     * Weights: (h + K)(m + h) (+h+K); with one hidden unit and m = K = p+1 that is (p+2)^2 = 36/144/10404.
     */
    public static Topology layered(int inputs, int hidden, int outputs, boolean bias) {
        checkSizes(inputs, hidden, outputs);
        int n = hidden + outputs;
        List<int[]> fanIns = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            boolean isHidden = a < hidden;
            int[] extra = new int[hidden + (bias ? 1 : 0)];
            for (int j = 0; j < hidden; j++) {
                extra[j] = isHidden ? inputs + n + j : inputs + j;
            }
            if (bias) {
                extra[hidden] = inputs + 2 * n;
            }
            fanIns.add(extra);
        }
        return new Topology(inputs, n, outputs, fanIns);
    }

    private static void checkSizes(int inputs, int hidden, int outputs) {
        if (inputs < 1 || hidden < 0 || outputs < 1) {
            throw new IllegalArgumentException(
                    "need inputs >= 1, hidden >= 0, outputs >= 1; got " + inputs + ", " + hidden + ", " + outputs);
        }
    }

    /** The unit a slot reads (at t or t-1), or -1 for inputs and the bias. */
    public int sourceUnit(int s) {
        if (s < inputs || s == inputs + 2 * units) {
            return -1;
        }
        return s < inputs + units ? s - inputs : s - inputs - units;
    }

    /** True when the slot reads a unit of the same step. */
    public boolean sameStep(int s) {
        return s >= inputs && s < inputs + units;
    }

    public int inputs() {
        return inputs;
    }

    public int units() {
        return units;
    }

    public int outputs() {
        return outputs;
    }

    /** Number of trainable weights. */
    public int weightCount() {
        return offset[units];
    }

    /** Where the weights into unit {@code a} start; {@code offset(units())} is the weight count. */
    public int offset(int a) {
        return offset[a];
    }

    /** The slot weight {@code i} reads. */
    public int slot(int i) {
        return slot[i];
    }

    /** A copy of the offsets: the weights into unit a are [offsets[a], offsets[a+1]). */
    public int[] offsets() {
        return Arrays.copyOf(offset, offset.length);
    }

    /** A copy of the slot each weight reads. */
    public int[] slots() {
        return Arrays.copyOf(slot, slot.length);
    }

    /** Length of the source vector z: inputs, units at t, units at t-1, bias. */
    public int slotCount() {
        return inputs + 2 * units + 1;
    }

    @Override
    public String toString() {
        return "Topology[inputs=" + inputs + ", units=" + units + ", outputs=" + outputs + ", weights=" + weightCount()
                + "]";
    }
}
