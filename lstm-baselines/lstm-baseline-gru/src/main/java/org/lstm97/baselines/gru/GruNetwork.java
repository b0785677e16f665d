package org.lstm97.baselines.gru;

import java.util.Arrays;
import org.lstm97.baselines.support.optim.GradientStep;
import org.lstm97.baselines.support.optim.OptimizerSettings;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.math.Exp;

/**
 * One layer of gated recurrent units (Cho et al. 2014, Sec. 2.3) under logistic or linear output units, trained by
 * the exact gradient of E = ½ Σ_t Σ_k (t_k − y_k)² through time (BPTT at the sequence end), one change per
 * sequence by its {@link GradientStep}.
 *
 * <p>Forward, per unit j, from h(0) = 0 (Cho et al.'s eqs. (5)–(8), with a bias per row when asked for):
 * <pre>
 *   r_j = σ([W_r x]_j + [U_r h(t−1)]_j)                 (5) reset gate
 *   z_j = σ([W_z x]_j + [U_z h(t−1)]_j)                 (6) update gate
 *   h̃_j = tanh([W x]_j + [U (r ⊙ h(t−1))]_j)            (8) candidate
 *   h_j(t) = z_j h_j(t−1) + (1 − z_j) h̃_j               (7)
 *   y_k = f(Σ_j w_kj h_j(t) [+ Σ_i w_ki x_i] + b_k)
 * </pre>
 * Backward, with e = −∂E/∂(·) and ε_j the error at h_j(t) (from the outputs at t and from step t+1):
 * e_h̃ = ε (1 − z)(1 − h̃²), e_z = ε (h(t−1) − h̃) z(1 − z), ε^{rh}_l = Σ_j U_jl e_h̃,j, e_r = ε^{rh} h(t−1) r(1 − r),
 * and ε(t−1) = ε z + ε^{rh} r + U_rᵀ e_r + U_zᵀ e_z. Logistic is {@link Exp#logistic}, tanh {@link StrictMath#tanh}.
 */
public final class GruNetwork implements Network {
    private final GruLayout l;
    private final int nIn;
    private final int n;
    private final int nOut;
    private final int width;
    private final boolean linearOutput;
    private final GradientStep optimizer;

    private final double[] w;
    private final double[] gradient;
    private final double[] eps;
    private final double[] epsPrev;
    private final double[] eR;
    private final double[] eZ;
    private final double[] eC;
    private final double[] eRh;

    private int capacity;
    private double[] xHist = new double[0];
    private double[] hHist = new double[0];
    private double[] rHist = new double[0];
    private double[] zHist = new double[0];
    private double[] cHist = new double[0];
    private double[] eKHist = new double[0];
    /** The active input of each one-hot step, or −1 (then the sums run over every input). */
    private int[] activeHist = new int[0];

    private int length;
    private boolean anyTarget;
    private boolean diverged;

    GruNetwork(GruLayout layout, OutputActivation output, OptimizerSettings optimizer, double[] weights) {
        if (weights.length != layout.arrayLength()) {
            throw new IllegalArgumentException("expected " + layout.arrayLength() + " weights, got " + weights.length);
        }
        this.l = layout;
        this.nIn = layout.inputs;
        this.n = layout.units;
        this.nOut = layout.outputs;
        this.width = layout.width;
        this.linearOutput = output == OutputActivation.LINEAR;
        this.w = weights.clone();
        this.optimizer = optimizer.newStep(w.length);
        this.gradient = new double[w.length];
        this.eps = new double[n];
        this.epsPrev = new double[n];
        this.eR = new double[n];
        this.eZ = new double[n];
        this.eC = new double[n];
        this.eRh = new double[n];
    }

    GruLayout layout() {
        return l;
    }

    /** A copy of the flat weight array. */
    public double[] weights() {
        return w.clone();
    }

    /** The live weight array, for finite-difference tests. */
    double[] liveWeights() {
        return w;
    }

    /** A copy of −∂E/∂w of the last sequence presented with learning on. */
    double[] lastGradient() {
        return gradient.clone();
    }

    @Override
    public int inputSize() {
        return nIn;
    }

    @Override
    public int outputSize() {
        return nOut;
    }

    @Override
    public int weightCount() {
        return l.weightCount();
    }

    @Override
    public boolean diverged() {
        return diverged;
    }

    @Override
    public void startSequence() {
        length = 0;
        anyTarget = false;
    }

    private void ensureCapacity(int steps) {
        if (steps <= capacity) {
            return;
        }
        capacity = Math.max(steps, 2 * capacity);
        xHist = Arrays.copyOf(xHist, capacity * nIn);
        hHist = Arrays.copyOf(hHist, (capacity + 1) * n);
        rHist = Arrays.copyOf(rHist, capacity * n);
        zHist = Arrays.copyOf(zHist, capacity * n);
        cHist = Arrays.copyOf(cHist, capacity * n);
        eKHist = Arrays.copyOf(eKHist, capacity * nOut);
        activeHist = Arrays.copyOf(activeHist, capacity);
    }

    /** h(t) lives at hHist[(t + 1) n ...]; h(0) = 0 at hHist[0 ... n). */
    @Override
    public void step(Sequence seq, int t, double[] out, boolean learn) {
        if (t != length) {
            throw new IllegalStateException("steps must come in order from 0; expected " + length + ", got " + t);
        }
        ensureCapacity(t + 1);
        int xb = t * nIn;
        int a = seq.activeInput(t);
        activeHist[t] = a;
        if (a >= 0) {
            Arrays.fill(xHist, xb, xb + nIn, 0.0);
            xHist[xb + a] = 1.0;
        } else {
            System.arraycopy(seq.inputs(), xb, xHist, xb, nIn);
        }
        int hp = t * n;
        if (t == 0) {
            Arrays.fill(hHist, 0, n, 0.0);
        }
        int gb = t * n;
        for (int j = 0; j < n; j++) {
            rHist[gb + j] = Exp.logistic(rowInput(l.resetRow(j), xb, a) + recurrentInput(l.resetRow(j), hp, -1));
            zHist[gb + j] = Exp.logistic(rowInput(l.updateRow(j), xb, a) + recurrentInput(l.updateRow(j), hp, -1));
        }
        int hb = (t + 1) * n;
        for (int j = 0; j < n; j++) {
            double c = StrictMath.tanh(rowInput(l.candidateRow(j), xb, a) + recurrentInput(l.candidateRow(j), hp, gb));
            cHist[gb + j] = c;
            double z = zHist[gb + j];
            hHist[hb + j] = z * hHist[hp + j] + (1.0 - z) * c;
        }
        boolean target = learn && seq.hasTarget(t);
        for (int k = 0; k < nOut; k++) {
            int off = l.outputRow(k);
            double sum = 0.0;
            for (int j = 0; j < n; j++) {
                sum += w[off + j] * hHist[hb + j];
            }
            if (l.outputsReadInputs) {
                if (a >= 0) {
                    sum += w[off + n + a];
                } else {
                    for (int i = 0; i < nIn; i++) {
                        sum += w[off + n + i] * xHist[xb + i];
                    }
                }
            }
            if (l.bias) {
                sum += w[off + l.outputWidth - 1];
            }
            double y = linearOutput ? sum : Exp.logistic(sum);
            out[k] = y;
            if (!Double.isFinite(y)) {
                diverged = true;
            }
            double e = 0.0;
            if (target) {
                double diff = seq.target(t, k) - y;
                e = linearOutput ? diff : y * (1.0 - y) * diff;
            }
            eKHist[t * nOut + k] = e;
        }
        anyTarget |= target;
        length = t + 1;
    }

    /** Σ_i w_i x_i (+ the bias) of the row at {@code off}; only the active input's weight on a one-hot step. */
    private double rowInput(int off, int xb, int a) {
        double sum;
        if (a >= 0) {
            sum = w[off + a];
        } else {
            sum = 0.0;
            for (int i = 0; i < nIn; i++) {
                sum += w[off + i] * xHist[xb + i];
            }
        }
        return l.rowHasBias(off) ? sum + w[off + width - 1] : sum;
    }

    /** Σ_l w_l h_l(t−1), or Σ_l w_l r_l h_l(t−1) when {@code gates >= 0} (the candidate row). */
    private double recurrentInput(int off, int hp, int gates) {
        double sum = 0.0;
        for (int q = 0; q < n; q++) {
            double source = gates < 0 ? hHist[hp + q] : rHist[gates + q] * hHist[hp + q];
            sum += w[off + nIn + q] * source;
        }
        return sum;
    }

    @Override
    public void endSequence(boolean learn) {
        if (learn && anyTarget && !diverged) {
            backpropagate();
            optimizer.apply(w, gradient);
            double check = 0.0;
            for (double v : w) {
                check += v;
            }
            if (!Double.isFinite(check)) {
                diverged = true;
            }
        }
    }

    private void backpropagate() {
        Arrays.fill(gradient, 0.0);
        Arrays.fill(epsPrev, 0.0);
        for (int t = length - 1; t >= 0; t--) {
            int xb = t * nIn;
            int hp = t * n;
            int hb = (t + 1) * n;
            int gb = t * n;
            System.arraycopy(epsPrev, 0, eps, 0, n);
            for (int k = 0; k < nOut; k++) {
                double e = eKHist[t * nOut + k];
                if (e == 0.0) {
                    continue;
                }
                int off = l.outputRow(k);
                for (int j = 0; j < n; j++) {
                    gradient[off + j] += e * hHist[hb + j];
                    eps[j] += w[off + j] * e;
                }
                if (l.outputsReadInputs) {
                    int a = activeHist[t];
                    if (a >= 0) {
                        gradient[off + n + a] += e;
                    } else {
                        for (int i = 0; i < nIn; i++) {
                            gradient[off + n + i] += e * xHist[xb + i];
                        }
                    }
                }
                if (l.bias) {
                    gradient[off + l.outputWidth - 1] += e;
                }
            }
            for (int j = 0; j < n; j++) {
                double z = zHist[gb + j];
                double c = cHist[gb + j];
                double hPrev = hHist[hp + j];
                eC[j] = eps[j] * (1.0 - z) * (1.0 - c * c);
                eZ[j] = eps[j] * (hPrev - c) * z * (1.0 - z);
                epsPrev[j] = eps[j] * z;
            }
            for (int q = 0; q < n; q++) {
                double sum = 0.0;
                for (int j = 0; j < n; j++) {
                    sum += w[l.candidateRow(j) + nIn + q] * eC[j];
                }
                eRh[q] = sum;
                double r = rHist[gb + q];
                eR[q] = sum * hHist[hp + q] * r * (1.0 - r);
                epsPrev[q] += sum * r;
            }
            int a = activeHist[t];
            for (int j = 0; j < n; j++) {
                addRow(l.resetRow(j), eR[j], xb, hp, -1, a);
                addRow(l.updateRow(j), eZ[j], xb, hp, -1, a);
                addRow(l.candidateRow(j), eC[j], xb, hp, gb, a);
            }
            for (int q = 0; q < n; q++) {
                double sum = 0.0;
                for (int j = 0; j < n; j++) {
                    sum += w[l.resetRow(j) + nIn + q] * eR[j] + w[l.updateRow(j) + nIn + q] * eZ[j];
                }
                epsPrev[q] += sum;
            }
        }
    }

    /** gradient[row] += e · [x(t), h(t−1) or r ⊙ h(t−1), 1]; only the active input on a one-hot step. */
    private void addRow(int off, double e, int xb, int hp, int gates, int a) {
        if (a >= 0) {
            gradient[off + a] += e;
        } else {
            for (int i = 0; i < nIn; i++) {
                gradient[off + i] += e * xHist[xb + i];
            }
        }
        for (int q = 0; q < n; q++) {
            double source = gates < 0 ? hHist[hp + q] : rHist[gates + q] * hHist[hp + q];
            gradient[off + nIn + q] += e * source;
        }
        if (l.rowHasBias(off)) {
            gradient[off + width - 1] += e;
        }
    }
}
