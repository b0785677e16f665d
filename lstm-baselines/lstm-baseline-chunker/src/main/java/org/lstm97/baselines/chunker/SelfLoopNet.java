package org.lstm97.baselines.chunker;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.lstm97.core.math.Exp;
import org.lstm97.core.random.Draws;

/**
 * Table 2's RTRL architecture (LSTM97 Sec. 5.2): one self-recurrent logistic hidden unit and {@code outputs}
 * non-recurrent logistic output units; each layer sees all layers below (inputs -> hidden, inputs and hidden ->
 * outputs); no biases; (in + 1) + outputs * (in + 1) weights. Trained by real-time RTRL (Williams &amp; Zipser):
 * <pre>
 *   h(t)   = f( sum_j w_j x_j(t) + w_s h(t-1) )
 *   y_k(t) = f( sum_j v_kj x_j(t) + u_k h(t) )
 *   q_j(t) = dh(t)/dw_j = f'(t) [ x_j(t) + w_s q_j(t-1) ],   q_s(t) = f'(t) [ h(t-1) + w_s q_s(t-1) ]
 *   delta_k = (d_k - y_k) y_k (1 - y_k);   dv_kj = a delta_k x_j;  du_k = a delta_k h;
 *   dw_j = a (sum_k delta_k u_k) q_j;   dw_s = a (sum_k delta_k u_k) q_s
 * </pre>
 * Weights live in one flat array: {@code [w_0..w_{in-1}, w_s, v (outputs x in, row-major), u_0..u_{outputs-1}]}.
 * One-hot inputs are handled sparsely: a step costs O(in + outputs).
 */
final class SelfLoopNet {
    private final int in;
    private final int outputs;
    private final int selfIndex;
    private final int vBase;
    private final int uBase;
    private final double[] weights;
    private final double[] q;
    private double qs;
    private double h;
    private double hPrev;
    private final double[] y;
    /** The last forward's input: one-hot index, or -1 and then {@link #lastX} holds it. */
    private int lastActive;

    private final double[] lastX;

    SelfLoopNet(int in, int outputs) {
        this.in = in;
        this.outputs = outputs;
        this.selfIndex = in;
        this.vBase = in + 1;
        this.uBase = in + 1 + outputs * in;
        this.weights = new double[uBase + outputs];
        this.q = new double[in];
        this.y = new double[outputs];
        this.lastX = new double[in];
    }

    /** Draws every weight uniformly in [-range, range) (LSTM97 Exp. 2: [-0.2, 0.2]). */
    void initialise(RandomGenerator random, double range) {
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Draws.uniform(random, -range, range);
        }
    }

    int weightCount() {
        return weights.length;
    }

    double weight(int i) {
        return weights[i];
    }

    void setWeight(int i, double value) {
        weights[i] = value;
    }

    int inputs() {
        return in;
    }

    /** Activations and sensitivities to 0 (start of a sequence). */
    void reset() {
        h = 0.0;
        hPrev = 0.0;
        qs = 0.0;
        Arrays.fill(q, 0.0);
        Arrays.fill(y, 0.0);
    }

    double hidden() {
        return h;
    }

    double output(int k) {
        return y[k];
    }

    private static double f(double x) {
        return Exp.logistic(x);
    }

    /**
     * One step: reads the input ({@code active >= 0}: one-hot at {@code active}, {@code x} ignored; otherwise
     * the dense {@code x[offset..offset + in)}), updates the hidden unit, its sensitivities and the outputs.
     */
    void forward(double[] x, int offset, int active) {
        hPrev = h;
        double ws = weights[selfIndex];
        double net;
        if (active >= 0) {
            net = weights[active];
        } else {
            net = 0.0;
            for (int j = 0; j < in; j++) {
                net += weights[j] * x[offset + j];
            }
        }
        net += ws * hPrev;
        h = f(net);
        double fp = h * (1.0 - h);
        if (active >= 0) {
            for (int j = 0; j < in; j++) {
                q[j] = fp * ws * q[j];
            }
            q[active] += fp;
        } else {
            for (int j = 0; j < in; j++) {
                q[j] = fp * (x[offset + j] + ws * q[j]);
            }
            System.arraycopy(x, offset, lastX, 0, in);
        }
        qs = fp * (hPrev + ws * qs);
        lastActive = active;
        for (int k = 0; k < outputs; k++) {
            int row = vBase + k * in;
            double o;
            if (active >= 0) {
                o = weights[row + active];
            } else {
                o = 0.0;
                for (int j = 0; j < in; j++) {
                    o += weights[row + j] * x[offset + j];
                }
            }
            y[k] = f(o + weights[uBase + k] * h);
        }
    }

    /**
     * Real-time RTRL update for the last forward step's error on the outputs with {@code use[k]}:
     * E = 1/2 sum_k (target_k - y_k)^2.
     */
    void learn(double[] target, boolean[] use, double rate) {
        double back = 0.0;
        for (int k = 0; k < outputs; k++) {
            if (use[k]) {
                double delta = (target[k] - y[k]) * y[k] * (1.0 - y[k]);
                back += delta * weights[uBase + k];
                int row = vBase + k * in;
                if (lastActive >= 0) {
                    weights[row + lastActive] += rate * delta;
                } else {
                    for (int j = 0; j < in; j++) {
                        weights[row + j] += rate * delta * lastX[j];
                    }
                }
                weights[uBase + k] += rate * delta * h;
            }
        }
        for (int j = 0; j < in; j++) {
            weights[j] += rate * back * q[j];
        }
        weights[selfIndex] += rate * back * qs;
    }

    /**
     * Slow reference: -dE/dw for every weight of the last forward step (same layout as the weights), from the
     * same sensitivities, written densely. {@link #learn} must equal {@code w += rate * descent}.
     */
    void descent(double[] target, boolean[] use, double[] out) {
        Arrays.fill(out, 0.0);
        double[] x = new double[in];
        if (lastActive >= 0) {
            x[lastActive] = 1.0;
        } else {
            System.arraycopy(lastX, 0, x, 0, in);
        }
        double back = 0.0;
        for (int k = 0; k < outputs; k++) {
            if (!use[k]) {
                continue;
            }
            double delta = (target[k] - y[k]) * y[k] * (1.0 - y[k]);
            back += delta * weights[uBase + k];
            for (int j = 0; j < in; j++) {
                out[vBase + k * in + j] = delta * x[j];
            }
            out[uBase + k] = delta * h;
        }
        for (int j = 0; j < in; j++) {
            out[j] = back * q[j];
        }
        out[selfIndex] = back * qs;
    }

    boolean finite() {
        return Double.isFinite(h) && Double.isFinite(weights[selfIndex]);
    }
}
