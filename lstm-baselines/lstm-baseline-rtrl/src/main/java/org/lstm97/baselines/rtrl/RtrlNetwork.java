package org.lstm97.baselines.rtrl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lstm97.baselines.support.Topology;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.math.Exp;

/**
 * A recurrent net of logistic units trained by Williams &amp; Zipser's real-time recurrent learning.
 *
 * <p>Forward (BASELINES.md Sec. 2.1): {@code y_k(t) = f(sum_i w_ki z_i)} over the unit's slots (inputs at t,
 * lower units at t, units at t-1, bias). Sensitivities {@code p^k_ab = dy_k/dw_ab} follow the RTRL recursion
 * (Sec. 2.2), extended to same-step connections:
 * {@code p^k_ab(t) = f'_k(t) [ delta_ka z_b(t) + sum_{j same step} w_kj p^j_ab(t) + sum_{j previous step}
 * w_kj p^j_ab(t-1) ]}, p = 0 at the start of each sequence. Weight change {@code dw_ab = alpha sum_k e_k(t)
 * p^k_ab(t)}, {@code e_k = d_k - y_k} for output units with a target: applied at once (real-time RTRL) or
 * summed over the sequence (offline RTRL, the exact gradient of the sequence's error).
 *
 * <p>Two savings leave the result unchanged. (1) Only the weights of units that can influence unit k carry
 * sensitivities for k (the others stay 0); they are kept as merged index ranges. (2) A unit that no unit reads
 * (Table 2's outputs) needs no stored sensitivities: its {@code e_k p^k} is formed on the spot from its own
 * sources and the stored sensitivities of the units it reads. A fully recurrent net still costs O(n^4) per step;
 * Table 2's net costs O(m + K) per step for one-hot inputs. Sensitivities are computed only when {@code learn} is
 * true; a sequence is either learned from or not at every step.
 */
final class RtrlNetwork implements Network {
    private final Topology top;
    private final double learningRate;
    private final boolean realTime;
    private final int m;
    private final int n;
    private final int firstOutput;
    private final int weightCount;
    private final int[] offset;
    private final int[] slot;
    /** Units some unit reads: only they keep sensitivities. */
    private final boolean[] stored;
    /** Weight ranges influencing unit k: pairs [from, to) in rangeFrom/rangeTo, [rangeStart[k], rangeStart[k+1]). */
    private final int[] rangeStart;

    private final int[] rangeFrom;
    private final int[] rangeTo;
    /** Unit-to-unit weights into unit k: [srcStart[k], srcStart[k+1]) of srcWeight/srcUnit/srcSameStep. */
    private final int[] srcStart;

    private final int[] srcWeight;
    private final int[] srcUnit;
    private final boolean[] srcSameStep;

    final double[] weights;
    /** Summed e_k p^k of the sequence (the offline weight change divided by the learning rate). */
    final double[] gradient;

    private final double[] z;
    private final double[] fprime;
    private final double[] error;
    private final double[] coefficientNow;
    private final double[] coefficientBefore;
    private double[] sens;
    private double[] sensPrev;
    private int lastActive = -1;
    private boolean diverged;

    RtrlNetwork(Topology top, double[] weights, double learningRate, boolean realTime) {
        if (weights.length != top.weightCount()) {
            throw new IllegalArgumentException("expected " + top.weightCount() + " weights, got " + weights.length);
        }
        this.top = top;
        this.learningRate = learningRate;
        this.realTime = realTime;
        this.m = top.inputs();
        this.n = top.units();
        this.firstOutput = n - top.outputs();
        this.weightCount = top.weightCount();
        this.offset = top.offsets();
        this.slot = top.slots();
        this.stored = new boolean[n];
        this.srcStart = new int[n + 1];
        int count = 0;
        for (int k = 0; k < n; k++) {
            for (int i = offset[k] + m; i < offset[k + 1]; i++) {
                int j = top.sourceUnit(slot[i]);
                if (j >= 0) {
                    stored[j] = true;
                    count++;
                }
            }
            srcStart[k + 1] = count;
        }
        this.srcWeight = new int[count];
        this.srcUnit = new int[count];
        this.srcSameStep = new boolean[count];
        int c = 0;
        for (int k = 0; k < n; k++) {
            for (int i = offset[k] + m; i < offset[k + 1]; i++) {
                int j = top.sourceUnit(slot[i]);
                if (j >= 0) {
                    srcWeight[c] = i;
                    srcUnit[c] = j;
                    srcSameStep[c] = top.sameStep(slot[i]);
                    c++;
                }
            }
        }
        Influence influence = Influence.of(top);
        List<int[]> ranges = new ArrayList<>();
        this.rangeStart = new int[n + 1];
        for (int k = 0; k < n; k++) {
            if (stored[k]) {
                int[] open = null;
                for (int q = influence.start[k]; q < influence.start[k + 1]; q++) {
                    int a = influence.units[q];
                    if (open != null && open[1] == offset[a]) {
                        open[1] = offset[a + 1];
                    } else {
                        open = new int[] {offset[a], offset[a + 1]};
                        ranges.add(open);
                    }
                }
            }
            rangeStart[k + 1] = ranges.size();
        }
        this.rangeFrom = ranges.stream().mapToInt(r -> r[0]).toArray();
        this.rangeTo = ranges.stream().mapToInt(r -> r[1]).toArray();
        this.weights = weights;
        this.gradient = new double[weightCount];
        this.z = new double[top.slotCount()];
        this.fprime = new double[n];
        this.error = new double[n];
        this.coefficientNow = new double[n];
        this.coefficientBefore = new double[n];
        long sensSize = (long) n * weightCount;
        if (sensSize > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "RTRL sensitivities too large: " + n + " units x " + weightCount + " weights");
        }
        this.sens = new double[(int) sensSize];
        this.sensPrev = new double[(int) sensSize];
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
        for (int k = 0; k < n; k++) {
            int row = k * weightCount;
            for (int q = rangeStart[k]; q < rangeStart[k + 1]; q++) {
                Arrays.fill(sens, row + rangeFrom[q], row + rangeTo[q], 0.0);
                Arrays.fill(sensPrev, row + rangeFrom[q], row + rangeTo[q], 0.0);
            }
        }
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
        forward(active);
        for (int k = firstOutput; k < n; k++) {
            out[k - firstOutput] = z[m + k];
        }
        if (!learn) {
            return;
        }
        double[] swap = sensPrev;
        sensPrev = sens;
        sens = swap;
        sensitivities(active);
        if (sequence.hasTarget(t)) {
            applyError(sequence, t, active);
        }
    }

    /** y_k(t) = f(net_k(t)), units in index order. */
    private void forward(int active) {
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
            fprime[a] = y * (1.0 - y);
            check += net;
        }
        if (Double.isNaN(check)) {
            diverged = true;
        }
    }

    /** The RTRL recursion for every stored unit k over the weight ranges that can influence it. */
    private void sensitivities(int active) {
        for (int k = 0; k < n; k++) {
            if (!stored[k]) {
                continue;
            }
            int row = k * weightCount;
            for (int q = rangeStart[k]; q < rangeStart[k + 1]; q++) {
                int from = rangeFrom[q];
                int to = rangeTo[q];
                Arrays.fill(sens, row + from, row + to, 0.0);
                for (int s = srcStart[k]; s < srcStart[k + 1]; s++) {
                    double w = weights[srcWeight[s]];
                    double[] source = srcSameStep[s] ? sens : sensPrev;
                    int srcRow = srcUnit[s] * weightCount;
                    for (int r = from; r < to; r++) {
                        sens[row + r] += w * source[srcRow + r];
                    }
                }
            }
            // delta_ka z_b(t): the unit's own weights see their source values
            int own = offset[k];
            if (active >= 0) {
                sens[row + own + active] += 1.0;
            } else {
                for (int b = 0; b < m; b++) {
                    sens[row + own + b] += z[b];
                }
            }
            for (int r = own + m; r < offset[k + 1]; r++) {
                sens[row + r] += z[slot[r]];
            }
            double f = fprime[k];
            for (int q = rangeStart[k]; q < rangeStart[k + 1]; q++) {
                for (int r = rangeFrom[q]; r < rangeTo[q]; r++) {
                    sens[row + r] *= f;
                }
            }
        }
    }

    /** dw = alpha sum_k e_k p^k, applied now (real time) or summed for the end of the sequence. */
    private void applyError(Sequence sequence, int t, int active) {
        double[] into = realTime ? weights : gradient;
        double rate = realTime ? learningRate : 1.0;
        double check = 0.0;
        Arrays.fill(coefficientNow, 0.0);
        Arrays.fill(coefficientBefore, 0.0);
        // every e_k, and what unstored outputs pass to the units they read, before any weight changes
        for (int k = firstOutput; k < n; k++) {
            double e = sequence.target(t, k - firstOutput) - z[m + k];
            error[k] = e;
            check += e;
            if (!stored[k]) {
                double g = rate * e * fprime[k];
                for (int s = srcStart[k]; s < srcStart[k + 1]; s++) {
                    double[] coefficient = srcSameStep[s] ? coefficientNow : coefficientBefore;
                    coefficient[srcUnit[s]] += g * weights[srcWeight[s]];
                }
            }
        }
        for (int k = firstOutput; k < n; k++) {
            if (stored[k]) {
                double scale = rate * error[k];
                int row = k * weightCount;
                for (int q = rangeStart[k]; q < rangeStart[k + 1]; q++) {
                    for (int r = rangeFrom[q]; r < rangeTo[q]; r++) {
                        into[r] += scale * sens[row + r];
                    }
                }
            } else {
                // the delta_ka z_b(t) part of e_k p^k for an output nothing reads
                double g = rate * error[k] * fprime[k];
                int own = offset[k];
                if (active >= 0) {
                    into[own + active] += g;
                } else {
                    for (int b = 0; b < m; b++) {
                        into[own + b] += g * z[b];
                    }
                }
                for (int r = own + m; r < offset[k + 1]; r++) {
                    into[r] += g * z[slot[r]];
                }
            }
        }
        // the sum_j w_kj p^j part for outputs nothing reads
        for (int j = 0; j < n; j++) {
            addScaled(into, coefficientNow[j], sens, j);
            addScaled(into, coefficientBefore[j], sensPrev, j);
        }
        if (Double.isNaN(check)) {
            diverged = true;
        }
    }

    private void addScaled(double[] into, double coefficient, double[] source, int j) {
        if (coefficient == 0.0) {
            return;
        }
        int row = j * weightCount;
        for (int q = rangeStart[j]; q < rangeStart[j + 1]; q++) {
            for (int r = rangeFrom[q]; r < rangeTo[q]; r++) {
                into[r] += coefficient * source[row + r];
            }
        }
    }

    @Override
    public void endSequence(boolean learn) {
        double check = 0.0;
        if (learn && !realTime) {
            for (int r = 0; r < weightCount; r++) {
                weights[r] += learningRate * gradient[r];
                gradient[r] = 0.0;
            }
        }
        for (int r = 0; r < weightCount; r++) {
            check += weights[r];
        }
        if (!Double.isFinite(check)) {
            diverged = true;
        }
    }

    @Override
    public boolean diverged() {
        return diverged;
    }

    Topology topology() {
        return top;
    }
}
