package org.lstm97.baselines.support.lstm;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.lstm97.baselines.support.optim.GradientStep;
import org.lstm97.baselines.support.optim.OptimizerSettings;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.math.Exp;

/**
 * The block LSTM of {@link BlockLstmSpec} (the forward pass of {@link TruncatedBlockLstm}) trained by the exact
 * gradient of E = ½ Σ_t Σ_k (t_k − y_k)² over the whole sequence, by backpropagation through time at the sequence
 * end (Graves &amp; Schmidhuber 2005; Greff et al. 2017, Sec. II-B): nothing is truncated, errors flow through
 * the gates, the recurrent weights, the peepholes and the states. One weight change per sequence, by the
 * {@link GradientStep} of its {@link OptimizerSettings} (plain gradient descent unless Adam is asked for).
 *
 * <p>Backward, from the last step to the first, with e = −∂E/∂(·) and ε^y the error arriving at a unit's output
 * (from the output layer at t and from the recurrent weights at t+1):
 * <pre>
 *   e_out = f'_out (ε^y_out + Σ_v ε^y_cv h(s_v))
 *   e_s,c = ε^y_c y^out h'(s_c) + e_s,c(t+1) y^φ(t+1) + e_out p_out,c + e_in(t+1) p_in,c + e_φ(t+1) p_φ,c
 *   e_c   = e_s,c y^in g'(net_c)
 *   e_in  = f'_in (ε^y_in + Σ_v e_s,v g(net_v))        e_φ = f'_φ (ε^y_φ + Σ_v e_s,v s_v(t−1))
 * </pre>
 * and every weight's gradient is Σ_t e_unit(t)·source(t). Dense and plain; the history buffers grow to the
 * longest sequence seen (no allocation after that).
 */
public final class FullGradientBlockLstm implements Network {
    private final BlockLstmLayout layout;
    private final int nIn;
    private final int nOut;
    private final int blocks;
    private final int blockSize;
    private final int cells;
    private final int rows;
    private final int recurrent;
    private final boolean recurrentAll;
    private final int width;
    private final int outWidth;
    private final int outLen;
    private final boolean forget;
    private final boolean peep;
    private final boolean outputGates;
    private final boolean connectivityB;
    private final boolean linearOutput;
    private final Squash g;
    private final Squash h;
    private final GradientStep optimizer;

    private final double[] w;
    /** −∂E/∂w of the current sequence (filled by {@link #accumulateSequenceGradient()}). */
    private final double[] gradient;

    private final double[] nets;
    private final double[] ey;
    private final double[] rec;
    private final double[] eNet;
    private final double[] es;
    private final double[] esNext;
    private final double[] eInNext;
    private final double[] eForgetNext;
    private final double[] forgetNext;

    private int capacity;
    private double[] zHist = new double[0];
    private double[] gateHist = new double[0];
    private double[] sHist = new double[0];
    /** Per step and cell: g(net_c), g'(net_c), h(s_c), h'(s_c), kept from the forward pass for the backward one. */
    private double[] gHist = new double[0];

    private double[] gPrimeHist = new double[0];
    private double[] hHist = new double[0];
    private double[] hPrimeHist = new double[0];
    private double[] yCHist = new double[0];
    private double[] eKHist = new double[0];
    /** The active input of each one-hot step, or −1 (then the sums run over every input). */
    private int[] activeHist = new int[0];

    private int length;
    private boolean anyTarget;
    private boolean diverged;

    /** A net with fresh weights drawn from {@code init}. */
    public FullGradientBlockLstm(BlockLstmSpec spec, OptimizerSettings optimizer, RandomGenerator init) {
        this(new BlockLstmLayout(spec), optimizer, null, init);
    }

    /** A net with the given weights (flat layout of {@link BlockLstmLayout}); for tests. */
    public FullGradientBlockLstm(BlockLstmLayout layout, OptimizerSettings optimizer, double[] weights) {
        this(layout, optimizer, weights, null);
    }

    private FullGradientBlockLstm(
            BlockLstmLayout layout, OptimizerSettings optimizer, double[] weights, RandomGenerator init) {
        BlockLstmSpec spec = layout.spec();
        this.layout = layout;
        this.nIn = layout.inputs();
        this.nOut = layout.outputs();
        this.blocks = layout.blocks();
        this.blockSize = layout.blockSize();
        this.cells = layout.cells();
        this.rows = layout.hiddenRows();
        this.recurrent = layout.recurrent();
        this.recurrentAll = recurrent == rows;
        this.width = layout.sourceWidth();
        this.outWidth = layout.outputSourceWidth();
        this.outLen = layout.outputRowLength();
        this.forget = layout.hasForgetGates();
        this.peep = layout.hasPeepholes();
        this.outputGates = layout.hasOutputGates();
        this.connectivityB = spec.connectivity() == Connectivity.B;
        this.linearOutput = spec.output() == OutputActivation.LINEAR;
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
        this.optimizer = optimizer.newStep(w.length);
        this.gradient = new double[w.length];
        this.nets = new double[rows];
        this.ey = new double[rows];
        this.rec = new double[rows];
        this.eNet = new double[rows];
        this.es = new double[cells];
        this.esNext = new double[cells];
        this.eInNext = new double[blocks];
        this.eForgetNext = new double[blocks];
        this.forgetNext = new double[blocks];
    }

    public BlockLstmLayout layout() {
        return layout;
    }

    /** A copy of the flat weight array. */
    public double[] weights() {
        return w.clone();
    }

    /** The live weight array, for finite-difference tests. */
    public double[] liveWeights() {
        return w;
    }

    /** A copy of −∂E/∂w of the last sequence presented with learning on (before it was applied). */
    public double[] lastGradient() {
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
        return layout.weightCount();
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
        zHist = Arrays.copyOf(zHist, capacity * width);
        gateHist = Arrays.copyOf(gateHist, capacity * 3 * blocks);
        sHist = Arrays.copyOf(sHist, capacity * cells);
        gHist = Arrays.copyOf(gHist, capacity * cells);
        gPrimeHist = Arrays.copyOf(gPrimeHist, capacity * cells);
        hHist = Arrays.copyOf(hHist, capacity * cells);
        hPrimeHist = Arrays.copyOf(hPrimeHist, capacity * cells);
        yCHist = Arrays.copyOf(yCHist, capacity * cells);
        eKHist = Arrays.copyOf(eKHist, capacity * nOut);
        activeHist = Arrays.copyOf(activeHist, capacity);
    }

    @Override
    public void step(Sequence seq, int t, double[] out, boolean learn) {
        if (t != length) {
            throw new IllegalStateException("steps must come in order from 0; expected " + length + ", got " + t);
        }
        ensureCapacity(t + 1);
        int zb = t * width;
        int a = seq.activeInput(t);
        activeHist[t] = a;
        if (a >= 0) {
            Arrays.fill(zHist, zb, zb + nIn, 0.0);
            zHist[zb + a] = 1.0;
        } else {
            System.arraycopy(seq.inputs(), t * nIn, zHist, zb, nIn);
        }
        if (t == 0) {
            Arrays.fill(zHist, zb + nIn, zb + nIn + recurrent, 0.0);
        } else if (recurrent > 0) {
            System.arraycopy(yCHist, (t - 1) * cells, zHist, zb + nIn, cells);
            if (recurrentAll) {
                int gb = (t - 1) * 3 * blocks;
                System.arraycopy(gateHist, gb, zHist, zb + nIn + cells, blocks);
                int base = zb + nIn + cells + blocks;
                if (forget) {
                    System.arraycopy(gateHist, gb + blocks, zHist, base, blocks);
                    base += blocks;
                }
                if (outputGates) {
                    System.arraycopy(gateHist, gb + 2 * blocks, zHist, base, blocks);
                }
            }
        }
        zHist[zb + width - 1] = 1.0;
        forward(t, zb);
        int cb = t * cells;
        boolean target = learn && seq.hasTarget(t);
        for (int k = 0; k < nOut; k++) {
            int off = layout.outputRowOffset(k);
            double sum = 0.0;
            for (int n = 0; n < cells; n++) {
                sum += w[off + n] * yCHist[cb + n];
            }
            if (connectivityB) {
                if (a >= 0) {
                    sum += w[off + cells + a];
                } else {
                    for (int i = 0; i < nIn; i++) {
                        sum += w[off + cells + i] * zHist[zb + i];
                    }
                }
            }
            if (outLen == outWidth) {
                sum += w[off + outWidth - 1];
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

    private void forward(int t, int zb) {
        int a = activeHist[t];
        int m0 = a >= 0 ? nIn : 0;
        for (int r = 0; r < rows; r++) {
            int off = r * width;
            int len = layout.rowLength(r);
            double sum = a >= 0 ? w[off + a] : 0.0;
            for (int m = m0; m < len; m++) {
                sum += w[off + m] * zHist[zb + m];
            }
            nets[r] = sum;
        }
        int cb = t * cells;
        int gb = t * 3 * blocks;
        for (int j = 0; j < blocks; j++) {
            int c0 = j * blockSize;
            double netIn = nets[cells + j];
            double netF = forget ? nets[layout.forgetGateUnit(j)] : 0.0;
            if (peep) {
                for (int v = 0; v < blockSize; v++) {
                    double prev = previousState(t, c0 + v);
                    netIn += w[layout.inputPeephole(c0 + v)] * prev;
                    if (forget) {
                        netF += w[layout.forgetPeephole(c0 + v)] * prev;
                    }
                }
            }
            double in = Exp.logistic(netIn);
            double phi = forget ? Exp.logistic(netF) : 1.0;
            for (int v = 0; v < blockSize; v++) {
                int c = c0 + v;
                double gc = g.apply(nets[c], gPrimeHist, cb + c);
                gHist[cb + c] = gc;
                sHist[cb + c] = phi * previousState(t, c) + in * gc;
            }
            double outGate = 1.0;
            if (outputGates) {
                double netOut = nets[layout.outputGateUnit(j)];
                if (peep) {
                    for (int v = 0; v < blockSize; v++) {
                        netOut += w[layout.outputPeephole(c0 + v)] * sHist[cb + c0 + v];
                    }
                }
                outGate = Exp.logistic(netOut);
            }
            gateHist[gb + j] = in;
            gateHist[gb + blocks + j] = phi;
            gateHist[gb + 2 * blocks + j] = outGate;
            for (int v = 0; v < blockSize; v++) {
                int c = c0 + v;
                double hs = h.apply(sHist[cb + c], hPrimeHist, cb + c);
                hHist[cb + c] = hs;
                yCHist[cb + c] = outGate * hs;
            }
        }
    }

    private double previousState(int t, int c) {
        return t == 0 ? 0.0 : sHist[(t - 1) * cells + c];
    }

    @Override
    public void endSequence(boolean learn) {
        if (learn && anyTarget && !diverged) {
            accumulateSequenceGradient();
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

    /** BPTT over the stored sequence: fills {@link #gradient} with −∂E/∂w (see the class comment). */
    void accumulateSequenceGradient() {
        Arrays.fill(gradient, 0.0);
        Arrays.fill(rec, 0.0);
        Arrays.fill(esNext, 0.0);
        Arrays.fill(eInNext, 0.0);
        Arrays.fill(eForgetNext, 0.0);
        Arrays.fill(forgetNext, 0.0);
        for (int t = length - 1; t >= 0; t--) {
            int zb = t * width;
            int cb = t * cells;
            int gb = t * 3 * blocks;
            System.arraycopy(rec, 0, ey, 0, rows);
            for (int k = 0; k < nOut; k++) {
                double e = eKHist[t * nOut + k];
                if (e == 0.0) {
                    continue;
                }
                int off = layout.outputRowOffset(k);
                for (int n = 0; n < cells; n++) {
                    gradient[off + n] += e * yCHist[cb + n];
                    ey[n] += w[off + n] * e;
                }
                if (connectivityB) {
                    int a = activeHist[t];
                    if (a >= 0) {
                        gradient[off + cells + a] += e;
                    } else {
                        for (int i = 0; i < nIn; i++) {
                            gradient[off + cells + i] += e * zHist[zb + i];
                        }
                    }
                }
                if (outLen == outWidth) {
                    gradient[off + outWidth - 1] += e;
                }
            }
            for (int j = 0; j < blocks; j++) {
                int c0 = j * blockSize;
                double in = gateHist[gb + j];
                double phi = gateHist[gb + blocks + j];
                double outGate = gateHist[gb + 2 * blocks + j];
                double eOut = 0.0;
                if (outputGates) {
                    int og = layout.outputGateUnit(j);
                    double sum = ey[og];
                    for (int v = 0; v < blockSize; v++) {
                        sum += ey[c0 + v] * hHist[cb + c0 + v];
                    }
                    eOut = outGate * (1.0 - outGate) * sum;
                    eNet[og] = eOut;
                }
                double toIn = ey[cells + j];
                double toForget = forget ? ey[layout.forgetGateUnit(j)] : 0.0;
                for (int v = 0; v < blockSize; v++) {
                    int c = c0 + v;
                    double e = ey[c] * outGate * hPrimeHist[cb + c] + esNext[c] * forgetNext[j];
                    if (peep) {
                        e += (outputGates ? eOut * w[layout.outputPeephole(c)] : 0.0)
                                + eInNext[j] * w[layout.inputPeephole(c)]
                                + (forget ? eForgetNext[j] * w[layout.forgetPeephole(c)] : 0.0);
                    }
                    es[c] = e;
                    eNet[c] = e * in * gPrimeHist[cb + c];
                    toIn += e * gHist[cb + c];
                    toForget += e * previousState(t, c);
                }
                double eIn = in * (1.0 - in) * toIn;
                eNet[cells + j] = eIn;
                double eForget = 0.0;
                if (forget) {
                    eForget = phi * (1.0 - phi) * toForget;
                    eNet[layout.forgetGateUnit(j)] = eForget;
                }
                if (peep) {
                    for (int v = 0; v < blockSize; v++) {
                        int c = c0 + v;
                        double prev = previousState(t, c);
                        gradient[layout.inputPeephole(c)] += eIn * prev;
                        if (forget) {
                            gradient[layout.forgetPeephole(c)] += eForget * prev;
                        }
                        if (outputGates) {
                            gradient[layout.outputPeephole(c)] += eOut * sHist[cb + c];
                        }
                    }
                }
                eInNext[j] = eIn;
                eForgetNext[j] = eForget;
                forgetNext[j] = phi;
            }
            Arrays.fill(rec, 0.0);
            int a = activeHist[t];
            int m0 = a >= 0 ? nIn : 0;
            for (int u = 0; u < rows; u++) {
                double e = eNet[u];
                int off = u * width;
                int len = layout.rowLength(u);
                if (a >= 0) {
                    gradient[off + a] += e;
                }
                for (int m = m0; m < len; m++) {
                    gradient[off + m] += e * zHist[zb + m];
                }
                for (int r = 0; r < recurrent; r++) {
                    rec[r] += w[off + nIn + r] * e;
                }
            }
            System.arraycopy(es, 0, esNext, 0, cells);
        }
    }
}
