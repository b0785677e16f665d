package org.lstm97.core.lstm;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.math.Exp;

/**
 * Ablation ({@code gradient: full}): the same net and forward pass as {@link TruncatedLstm}, but learning
 * follows the exact gradient of ½Σ_t Σ_k (t_k − y_k)² over the whole sequence, by backpropagation through time
 * over the stored sequence at its end; nothing is truncated (errors flow through the gates, the recurrent
 * connections and the CEC). Updates are applied once per sequence. Dense and plain: this path is for comparison,
 * not for speed; the history buffers grow with the longest sequence seen.
 */
public final class FullGradientLstm implements Network {
    private final LstmLayout layout;
    private final int nIn;
    private final int nOut;
    private final int blocks;
    private final int blockSize;
    private final int cells;
    private final int nHidden;
    private final int rows;
    private final int recurrent;
    private final int width;
    private final int outWidth;
    private final int outLen;
    private final int outInputCol;
    private final boolean outputGates;
    private final boolean connectivityB;
    private final boolean linearOutput;
    private final double alpha;
    private final double initialActivation;
    private final Squash g;
    private final Squash h;

    private final double[] w;
    private final double[] dw;
    private final double[] ey;
    private final double[] rec;
    private final double[] eNet;
    private final double[] eS;
    private final double[] eSNext;

    private int capacity;
    private double[] zHist = new double[0];
    private double[] yHist = new double[0];
    private double[] fpHist = new double[0];
    private double[] netCHist = new double[0];
    private double[] sHist = new double[0];
    private double[] srcHist = new double[0];
    private double[] eKHist = new double[0];
    private int length;
    private boolean anyTarget;
    private boolean diverged;

    public FullGradientLstm(LstmParams p, int inputSize, int outputSize, RandomGenerator init) {
        this(p, new LstmLayout(p, inputSize, outputSize), null, init);
    }

    /** A net with the given weights (flat layout of {@link LstmLayout}); for tests. */
    public FullGradientLstm(LstmParams p, LstmLayout layout, double[] weights) {
        this(p, layout, weights, null);
    }

    private FullGradientLstm(LstmParams p, LstmLayout layout, double[] weights, RandomGenerator init) {
        this.layout = layout;
        this.nIn = layout.inputs();
        this.nOut = layout.outputs();
        this.blocks = layout.blocks();
        this.blockSize = layout.blockSize();
        this.cells = layout.cells();
        this.nHidden = layout.hiddenUnits();
        this.rows = layout.hiddenRows();
        this.recurrent = layout.recurrent();
        this.width = layout.sourceWidth();
        this.outWidth = layout.outputSourceWidth();
        this.outLen = layout.outputRowLength();
        this.outInputCol = layout.outputInputColumn();
        this.outputGates = layout.hasOutputGates();
        this.connectivityB = layout.connectivityB();
        this.linearOutput = p.outputActivation() == OutputActivation.LINEAR;
        this.alpha = p.learningRate();
        this.initialActivation = p.initialActivation();
        this.g = p.g();
        this.h = p.h();
        this.w = weights == null ? layout.initialWeights(p, init) : weights.clone();
        if (w.length != layout.arrayLength()) {
            throw new IllegalArgumentException("expected " + layout.arrayLength() + " weights, got " + w.length);
        }
        this.dw = new double[w.length];
        this.ey = new double[rows];
        this.rec = new double[rows];
        this.eNet = new double[rows];
        this.eS = new double[cells];
        this.eSNext = new double[cells];
    }

    public LstmLayout layout() {
        return layout;
    }

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
        length = 0;
        anyTarget = false;
    }

    private void ensureCapacity(int steps) {
        if (steps <= capacity) {
            return;
        }
        capacity = Math.max(steps, 2 * capacity);
        zHist = Arrays.copyOf(zHist, capacity * width);
        yHist = Arrays.copyOf(yHist, capacity * rows);
        fpHist = Arrays.copyOf(fpHist, capacity * rows);
        netCHist = Arrays.copyOf(netCHist, capacity * cells);
        sHist = Arrays.copyOf(sHist, capacity * cells);
        srcHist = Arrays.copyOf(srcHist, capacity * outWidth);
        eKHist = Arrays.copyOf(eKHist, capacity * nOut);
    }

    @Override
    public void step(Sequence seq, int t, double[] out, boolean learn) {
        if (t != length) {
            throw new IllegalStateException("steps must come in order from 0; expected " + length + ", got " + t);
        }
        ensureCapacity(t + 1);
        int zb = t * width;
        System.arraycopy(seq.inputs(), t * nIn, zHist, zb, nIn);
        for (int u = 0; u < recurrent; u++) {
            zHist[zb + nIn + u] = t == 0 ? initialActivation : yHist[(t - 1) * rows + u];
        }
        zHist[zb + width - 1] = 1.0;
        int yb = t * rows;
        int cb = t * cells;
        for (int j = 0; j < blocks; j++) {
            int in = layout.inputGateUnit(j);
            double yIn = Exp.logistic(net(in, zb));
            yHist[yb + in] = yIn;
            fpHist[yb + in] = yIn * (1.0 - yIn);
            double yOut = 1.0;
            if (outputGates) {
                int og = layout.outputGateUnit(j);
                yOut = Exp.logistic(net(og, zb));
                yHist[yb + og] = yOut;
                fpHist[yb + og] = yOut * (1.0 - yOut);
            }
            for (int v = 0; v < blockSize; v++) {
                int c = layout.cellUnit(j, v);
                double netC = net(c, zb);
                double sPrev = t == 0 ? 0.0 : sHist[cb - cells + c];
                double state = sPrev + yIn * g.apply(netC);
                netCHist[cb + c] = netC;
                sHist[cb + c] = state;
                yHist[yb + c] = yOut * h.apply(state);
            }
        }
        for (int i = 0; i < nHidden; i++) {
            int u = layout.hiddenUnit(i);
            double y = Exp.logistic(net(u, zb));
            yHist[yb + u] = y;
            fpHist[yb + u] = y * (1.0 - y);
        }
        int sb = t * outWidth;
        for (int n = 0; n < cells; n++) {
            srcHist[sb + n] = yHist[yb + n];
        }
        for (int i = 0; i < nHidden; i++) {
            srcHist[sb + cells + i] = yHist[yb + layout.hiddenUnit(i)];
        }
        if (connectivityB) {
            System.arraycopy(seq.inputs(), t * nIn, srcHist, sb + outInputCol, nIn);
        }
        srcHist[sb + outWidth - 1] = 1.0;
        boolean target = learn && seq.hasTarget(t);
        for (int k = 0; k < nOut; k++) {
            int off = layout.outputRowOffset(k);
            double sum = 0.0;
            for (int n = 0; n < outLen; n++) {
                sum += w[off + n] * srcHist[sb + n];
            }
            double y = linearOutput ? sum : Exp.logistic(sum);
            out[k] = y;
            if (!Double.isFinite(y)) {
                diverged = true;
            }
            double e = 0.0;
            if (target) {
                double diff = seq.target(t, k) - y;
                e = linearOutput ? diff : y * (1.0 - y) * diff; // −∂E/∂net_k with E = ½Σ(t − y)²
            }
            eKHist[t * nOut + k] = e;
        }
        anyTarget |= target;
        length = t + 1;
    }

    private double net(int unit, int zb) {
        int off = layout.hiddenRowOffset(unit);
        int len = layout.rowLength(unit);
        double sum = 0.0;
        for (int m = 0; m < len; m++) {
            sum += w[off + m] * zHist[zb + m];
        }
        return sum;
    }

    @Override
    public void endSequence(boolean learn) {
        if (learn && anyTarget && !diverged) {
            backpropagate();
            double check = 0.0;
            for (int i = 0; i < w.length; i++) {
                w[i] += dw[i];
                check += w[i];
            }
            if (!Double.isFinite(check)) {
                diverged = true;
            }
        }
    }

    /** BPTT: e = −∂E/∂net for every unit and step, from the last step back; Δw = α Σ_t e(t) source(t). */
    private void backpropagate() {
        Arrays.fill(dw, 0.0);
        Arrays.fill(rec, 0.0);
        Arrays.fill(eSNext, 0.0);
        for (int t = length - 1; t >= 0; t--) {
            int zb = t * width;
            int yb = t * rows;
            int cb = t * cells;
            int sb = t * outWidth;
            System.arraycopy(rec, 0, ey, 0, rows);
            for (int k = 0; k < nOut; k++) {
                double e = eKHist[t * nOut + k];
                if (e == 0.0) {
                    continue;
                }
                int off = layout.outputRowOffset(k);
                for (int n = 0; n < outLen; n++) {
                    dw[off + n] += alpha * e * srcHist[sb + n];
                }
                for (int c = 0; c < cells; c++) {
                    ey[c] += w[off + c] * e;
                }
                for (int i = 0; i < nHidden; i++) {
                    ey[layout.hiddenUnit(i)] += w[off + cells + i] * e;
                }
            }
            Arrays.fill(eNet, 0.0);
            for (int j = 0; j < blocks; j++) {
                int in = layout.inputGateUnit(j);
                double yIn = yHist[yb + in];
                double yOut = outputGates ? yHist[yb + layout.outputGateUnit(j)] : 1.0;
                double toOut = 0.0;
                double toIn = 0.0;
                for (int v = 0; v < blockSize; v++) {
                    int c = layout.cellUnit(j, v);
                    double state = sHist[cb + c];
                    double netC = netCHist[cb + c];
                    toOut += ey[c] * h.apply(state);
                    double es = eSNext[c] + ey[c] * yOut * h.derivative(state);
                    eS[c] = es;
                    eNet[c] = es * yIn * g.derivative(netC);
                    toIn += es * g.apply(netC);
                }
                eNet[in] = fpHist[yb + in] * (ey[in] + toIn);
                if (outputGates) {
                    int og = layout.outputGateUnit(j);
                    eNet[og] = fpHist[yb + og] * (ey[og] + toOut);
                }
            }
            for (int i = 0; i < nHidden; i++) {
                int u = layout.hiddenUnit(i);
                eNet[u] = fpHist[yb + u] * ey[u];
            }
            Arrays.fill(rec, 0.0);
            for (int u = 0; u < rows; u++) {
                double e = eNet[u];
                int off = layout.hiddenRowOffset(u);
                int len = layout.rowLength(u);
                for (int m = 0; m < len; m++) {
                    dw[off + m] += alpha * e * zHist[zb + m];
                }
                for (int r = 0; r < recurrent; r++) {
                    rec[r] += w[off + nIn + r] * e;
                }
            }
            System.arraycopy(eS, 0, eSNext, 0, cells);
        }
    }
}
