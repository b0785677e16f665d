package org.lstm97.baselines.support.lstm;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.math.Exp;

/**
 * The block LSTM with forget gates (and optionally peepholes) trained by the truncated gradient of Gers,
 * Schmidhuber &amp; Cummins (2000, Sec. 3), the 1997 rule extended: errors arriving at the net inputs of cells and
 * gates change their incoming weights but flow no further back in time; inside a cell the error flows back
 * through the states, now scaled by the forget gate.
 *
 * <p>Forward, per step, with z(t) = [x(t), recurrent activations of t−1, 1] (processing order of the 1997 paper,
 * Sec. 5: the outputs read the current cell outputs):
 * <pre>
 *   y^in  = f(Σ_m w_in,m z_m + Σ_v p_in,v s_v(t−1))                    input gate (1997 eq. (7); peephole: Gers 2002)
 *   y^φ   = f(Σ_m w_φ,m z_m + Σ_v p_φ,v s_v(t−1))                      forget gate, Gers 2000 eq. (3.1)
 *   s_c(t) = y^φ s_c(t−1) + y^in g(net_c)                               Gers 2000 eq. (3.2); s(0) = 0
 *   y^out = f(Σ_m w_out,m z_m + Σ_v p_out,v s_v(t))                     output gate, peephole on the current state
 *   y^c   = y^out h(s_c)
 * </pre>
 * Without a forget gate y^φ ≡ 1 and this is the 1997 net and rule exactly (up to rounding).
 *
 * <p>Truncated partials ("state traces"), updated every step before the step's error is used:
 * <pre>
 *   ∂s_c/∂w_c,m  ← y^φ ∂s_c/∂w_c,m  + g'(net_c) y^in z_m               Gers 2000 eq. (3.10)
 *   ∂s_c/∂w_in,m ← y^φ ∂s_c/∂w_in,m + g(net_c) f'_in z_m               Gers 2000 eq. (3.11)
 *   ∂s_c/∂w_φ,m  ← y^φ ∂s_c/∂w_φ,m  + s_c(t−1) f'_φ z_m                Gers 2000 eq. (3.12)
 * </pre>
 * (a peephole weight p_in,v or p_φ,v has the source s_v(t−1) in place of z_m). At a step with a target, with
 * e_k = f'_k (t_k − y_k) (1997 eq. (19)) and back_c = Σ_k w_kc e_k: the output gate and its peepholes learn from
 * e_out = f'_out Σ_v h(s_v) back_v (1997 eq. (21), (22); the peephole's source is s_v(t)); every other weight
 * from e_s,c = y^out h'(s_c) back_c (1997 eq. (23)) times its trace (1997 eqs. (26), (28)). Changes are α·e·source
 * as written (no factor 2), summed over the sequence and applied at its end, or after each target step.
 *
 * <p>Dense and simple (the traces decay every column every step); net inputs skip the inactive inputs of a
 * one-hot step. Nothing is allocated per step.
 */
public final class TruncatedBlockLstm implements Network {
    private final BlockLstmLayout layout;
    private final int nIn;
    private final int nOut;
    private final int blocks;
    private final int blockSize;
    private final int cells;
    private final int rows;
    private final int recurrent;
    private final int width;
    private final int cellLen;
    private final int gateLen;
    private final int outWidth;
    private final int outLen;
    private final boolean forget;
    private final boolean peep;
    private final boolean outputGates;
    private final boolean recurrentAll;
    private final boolean connectivityB;
    private final boolean linearOutput;
    private final boolean perStep;
    private final double alpha;
    private final Squash g;
    private final Squash h;

    private final double[] w;
    private final double[] dw;
    private final double[] nets;
    private final double[] z;
    private final double[] s;
    private final double[] sPrev;
    private final double[] yIn;
    private final double[] fInPrime;
    private final double[] yForget;
    private final double[] fForgetPrime;
    private final double[] yOut;
    private final double[] fOutPrime;
    private final double[] gNet;
    private final double[] gPrime;
    private final double[] hS;
    private final double[] hPrime;
    private final double[] yC;
    private final double[] yK;
    private final double[] eK;
    private final double[] back;
    private final double[] stateError;
    /** Per cell, over Z columns: ∂s_c/∂w of its own row, its input gate's row, its forget gate's row. */
    private final double[] dSc;

    private final double[] dSin;
    private final double[] dSf;
    /** Per cell c, over the S cells v of its block: ∂s_c/∂p_in,v and ∂s_c/∂p_φ,v. */
    private final double[] dPin;

    private final double[] dPf;
    /** The current step's active one-hot input, or −1 for a dense step. */
    private int active = -1;

    private boolean diverged;

    /** A net with fresh weights drawn from {@code init}. */
    public TruncatedBlockLstm(BlockLstmSpec spec, double learningRate, boolean perStep, RandomGenerator init) {
        this(new BlockLstmLayout(spec), learningRate, perStep, null, init);
    }

    /** A net with the given weights (flat layout of {@link BlockLstmLayout}); for tests. */
    public TruncatedBlockLstm(BlockLstmLayout layout, double learningRate, boolean perStep, double[] weights) {
        this(layout, learningRate, perStep, weights, null);
    }

    private TruncatedBlockLstm(
            BlockLstmLayout layout, double learningRate, boolean perStep, double[] weights, RandomGenerator init) {
        BlockLstmSpec spec = layout.spec();
        this.layout = layout;
        this.nIn = layout.inputs();
        this.nOut = layout.outputs();
        this.blocks = layout.blocks();
        this.blockSize = layout.blockSize();
        this.cells = layout.cells();
        this.rows = layout.hiddenRows();
        this.recurrent = layout.recurrent();
        this.width = layout.sourceWidth();
        this.cellLen = layout.cellRowLength();
        this.gateLen = layout.gateRowLength();
        this.outWidth = layout.outputSourceWidth();
        this.outLen = layout.outputRowLength();
        this.forget = layout.hasForgetGates();
        this.peep = layout.hasPeepholes();
        this.outputGates = layout.hasOutputGates();
        this.recurrentAll = recurrent == rows;
        this.connectivityB = spec.connectivity() == Connectivity.B;
        this.linearOutput = spec.output() == OutputActivation.LINEAR;
        this.perStep = perStep;
        this.alpha = learningRate;
        this.g = spec.g();
        this.h = spec.h();
        if (weights == null) {
            this.w = layout.initialWeights(init);
        } else {
            if (weights.length != layout.arrayLength()) {
                throw new IllegalArgumentException(
                        "expected " + layout.arrayLength() + " weights, got " + weights.length);
            }
            this.w = weights.clone();
        }
        this.dw = new double[w.length];
        this.nets = new double[rows];
        this.z = new double[width];
        this.z[width - 1] = 1.0;
        this.s = new double[cells];
        this.sPrev = new double[cells];
        this.yIn = new double[blocks];
        this.fInPrime = new double[blocks];
        this.yForget = new double[blocks];
        this.fForgetPrime = new double[blocks];
        this.yOut = new double[blocks];
        this.fOutPrime = new double[blocks];
        this.gNet = new double[cells];
        this.gPrime = new double[cells];
        this.hS = new double[cells];
        this.hPrime = new double[cells];
        this.yC = new double[cells];
        this.yK = new double[nOut];
        this.eK = new double[nOut];
        this.back = new double[cells];
        this.stateError = new double[cells];
        this.dSc = new double[cells * width];
        this.dSin = new double[cells * width];
        this.dSf = new double[forget ? cells * width : 0];
        this.dPin = new double[peep ? cells * blockSize : 0];
        this.dPf = new double[peep && forget ? cells * blockSize : 0];
    }

    public BlockLstmLayout layout() {
        return layout;
    }

    /** A copy of the flat weight array. */
    public double[] weights() {
        return w.clone();
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
        return layout.weightCount();
    }

    @Override
    public boolean diverged() {
        return diverged;
    }

    @Override
    public void startSequence() {
        Arrays.fill(s, 0.0);
        Arrays.fill(dSc, 0.0);
        Arrays.fill(dSin, 0.0);
        Arrays.fill(dSf, 0.0);
        Arrays.fill(dPin, 0.0);
        Arrays.fill(dPf, 0.0);
        Arrays.fill(z, 0, width - 1, 0.0);
    }

    @Override
    public void step(Sequence seq, int t, double[] out, boolean learn) {
        int a = seq.activeInput(t);
        active = a;
        if (a >= 0) {
            Arrays.fill(z, 0, nIn, 0.0);
            z[a] = 1.0;
        } else {
            System.arraycopy(seq.inputs(), t * nIn, z, 0, nIn);
        }
        forward(a);
        updateTraces();
        outputs(out);
        if (learn && !diverged && seq.hasTarget(t)) {
            backward(seq, t);
            if (perStep) {
                apply();
            }
        }
        if (recurrent > 0) {
            System.arraycopy(yC, 0, z, nIn, cells);
            if (recurrentAll) {
                System.arraycopy(yIn, 0, z, nIn + cells, blocks);
                int base = nIn + cells + blocks;
                if (forget) {
                    System.arraycopy(yForget, 0, z, base, blocks);
                    base += blocks;
                }
                if (outputGates) {
                    System.arraycopy(yOut, 0, z, base, blocks);
                }
            }
        }
    }

    /** net_r = Σ_m w_rm z_m for every hidden row; a one-hot step starts from the active input's weight. */
    private void computeNets(int a) {
        int m0 = a >= 0 ? nIn : 0;
        for (int r = 0; r < rows; r++) {
            int off = r * width;
            double sum = a >= 0 ? w[off + a] : 0.0;
            for (int m = m0; m < width; m++) {
                sum += w[off + m] * z[m];
            }
            nets[r] = sum;
        }
    }

    private void forward(int a) {
        computeNets(a);
        System.arraycopy(s, 0, sPrev, 0, cells);
        for (int j = 0; j < blocks; j++) {
            int c0 = j * blockSize;
            double netIn = nets[cells + j];
            double netF = forget ? nets[layout.forgetGateUnit(j)] : 0.0;
            if (peep) {
                for (int v = 0; v < blockSize; v++) {
                    netIn += w[layout.inputPeephole(c0 + v)] * sPrev[c0 + v];
                    if (forget) {
                        netF += w[layout.forgetPeephole(c0 + v)] * sPrev[c0 + v];
                    }
                }
            }
            double in = Exp.logistic(netIn);
            yIn[j] = in;
            fInPrime[j] = in * (1.0 - in);
            double phi = 1.0;
            if (forget) {
                phi = Exp.logistic(netF);
                fForgetPrime[j] = phi * (1.0 - phi);
            }
            yForget[j] = phi;
            for (int v = 0; v < blockSize; v++) {
                int c = c0 + v;
                double net = nets[c];
                gNet[c] = g.apply(net, gPrime, c);
                s[c] = phi * sPrev[c] + in * gNet[c];
            }
            double outGate = 1.0;
            if (outputGates) {
                double netOut = nets[layout.outputGateUnit(j)];
                if (peep) {
                    for (int v = 0; v < blockSize; v++) {
                        netOut += w[layout.outputPeephole(c0 + v)] * s[c0 + v];
                    }
                }
                outGate = Exp.logistic(netOut);
                fOutPrime[j] = outGate * (1.0 - outGate);
            }
            yOut[j] = outGate;
            for (int v = 0; v < blockSize; v++) {
                int c = c0 + v;
                hS[c] = h.apply(s[c], hPrime, c);
                yC[c] = outGate * hS[c];
            }
        }
    }

    /** Gers 2000 eqs. (3.10)–(3.12), and the same for the input- and forget-gate peepholes. */
    private void updateTraces() {
        for (int c = 0; c < cells; c++) {
            int j = c / blockSize;
            int off = c * width;
            double phi = yForget[j];
            double kC = gPrime[c] * yIn[j];
            double kIn = gNet[c] * fInPrime[j];
            for (int m = 0; m < cellLen; m++) {
                dSc[off + m] = phi * dSc[off + m] + kC * z[m];
            }
            for (int m = 0; m < gateLen; m++) {
                dSin[off + m] = phi * dSin[off + m] + kIn * z[m];
            }
            double kF = 0.0;
            if (forget) {
                kF = sPrev[c] * fForgetPrime[j];
                for (int m = 0; m < width; m++) {
                    dSf[off + m] = phi * dSf[off + m] + kF * z[m];
                }
            }
            if (peep) {
                int po = c * blockSize;
                int c0 = j * blockSize;
                for (int v = 0; v < blockSize; v++) {
                    dPin[po + v] = phi * dPin[po + v] + kIn * sPrev[c0 + v];
                    if (forget) {
                        dPf[po + v] = phi * dPf[po + v] + kF * sPrev[c0 + v];
                    }
                }
            }
        }
    }

    private void outputs(double[] out) {
        double check = 0.0;
        for (int k = 0; k < nOut; k++) {
            int off = layout.outputRowOffset(k);
            double sum = 0.0;
            for (int n = 0; n < cells; n++) {
                sum += w[off + n] * yC[n];
            }
            if (connectivityB) {
                if (active >= 0) {
                    sum += w[off + cells + active];
                } else {
                    for (int i = 0; i < nIn; i++) {
                        sum += w[off + cells + i] * z[i];
                    }
                }
            }
            if (outLen == outWidth) {
                sum += w[off + outWidth - 1];
            }
            double y = linearOutput ? sum : Exp.logistic(sum);
            yK[k] = y;
            out[k] = y;
            check += y;
        }
        if (!Double.isFinite(check)) {
            diverged = true;
        }
    }

    private void backward(Sequence seq, int t) {
        for (int k = 0; k < nOut; k++) {
            double y = yK[k];
            double diff = seq.target(t, k) - y;
            double e = linearOutput ? diff : y * (1.0 - y) * diff; // (19)
            eK[k] = e;
            double ae = alpha * e;
            int off = layout.outputRowOffset(k);
            for (int n = 0; n < cells; n++) {
                dw[off + n] += ae * yC[n];
            }
            if (connectivityB) {
                if (active >= 0) {
                    dw[off + cells + active] += ae;
                } else {
                    for (int i = 0; i < nIn; i++) {
                        dw[off + cells + i] += ae * z[i];
                    }
                }
            }
            if (outLen == outWidth) {
                dw[off + outWidth - 1] += ae;
            }
        }
        for (int c = 0; c < cells; c++) {
            double sum = 0.0;
            for (int k = 0; k < nOut; k++) {
                sum += w[layout.outputRowOffset(k) + c] * eK[k];
            }
            back[c] = sum;
        }
        for (int j = 0; j < blocks; j++) {
            int c0 = j * blockSize;
            if (outputGates) {
                double sum = 0.0;
                for (int v = 0; v < blockSize; v++) {
                    sum += hS[c0 + v] * back[c0 + v];
                }
                double aeOut = alpha * fOutPrime[j] * sum; // (21)
                int off = layout.hiddenRowOffset(layout.outputGateUnit(j));
                for (int m = 0; m < gateLen; m++) {
                    dw[off + m] += aeOut * z[m]; // (22)
                }
                if (peep) {
                    for (int v = 0; v < blockSize; v++) {
                        dw[layout.outputPeephole(c0 + v)] += aeOut * s[c0 + v];
                    }
                }
            }
            for (int v = 0; v < blockSize; v++) {
                int c = c0 + v;
                int off = c * width;
                double aes = alpha * (yOut[j] * hPrime[c] * back[c]); // (23)
                stateError[c] = aes;
                for (int m = 0; m < cellLen; m++) {
                    dw[off + m] += aes * dSc[off + m]; // (28)
                }
            }
            addTraced(layout.hiddenRowOffset(layout.inputGateUnit(j)), gateLen, dSin, c0); // (26)
            if (forget) {
                addTraced(layout.hiddenRowOffset(layout.forgetGateUnit(j)), width, dSf, c0);
            }
            if (peep) {
                for (int v = 0; v < blockSize; v++) {
                    double pin = 0.0;
                    double pf = 0.0;
                    for (int u = 0; u < blockSize; u++) {
                        int po = (c0 + u) * blockSize + v;
                        pin += stateError[c0 + u] * dPin[po];
                        if (forget) {
                            pf += stateError[c0 + u] * dPf[po];
                        }
                    }
                    dw[layout.inputPeephole(c0 + v)] += pin;
                    if (forget) {
                        dw[layout.forgetPeephole(c0 + v)] += pf;
                    }
                }
            }
        }
    }

    /** dw[off+m] += Σ_v αe_s,v · trace_v[m] over the cells of the block starting at {@code c0}. */
    private void addTraced(int off, int len, double[] trace, int c0) {
        for (int v = 0; v < blockSize; v++) {
            int to = (c0 + v) * width;
            double aes = stateError[c0 + v];
            for (int m = 0; m < len; m++) {
                dw[off + m] += aes * trace[to + m];
            }
        }
    }

    private void apply() {
        for (int i = 0; i < w.length; i++) {
            w[i] += dw[i];
            dw[i] = 0.0;
        }
    }

    @Override
    public void endSequence(boolean learn) {
        if (learn && !diverged && !perStep) {
            apply();
        } else if (!learn || diverged) {
            Arrays.fill(dw, 0.0);
        }
        double check = 0.0;
        for (double v : w) {
            check += v;
        }
        for (double v : s) {
            check += v;
        }
        if (!Double.isFinite(check)) {
            diverged = true;
        }
    }
}
