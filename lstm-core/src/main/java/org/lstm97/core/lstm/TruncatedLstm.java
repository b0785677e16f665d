package org.lstm97.core.lstm;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.math.Exp;

/**
 * The 1997 LSTM with the paper's truncated learning rule (PAPER.md §1.3–§1.7), the fast path.
 *
 * <p>Per step (processing order of §1.4): gates, cells and hidden units read z(t) = [x(t), y_hidden(t−1), 1];
 * the output units read the <b>current</b> cell outputs. The forward partials ∂s/∂w of (25)/(27) are updated
 * every step; at a step with a target the errors (19)–(23) turn into weight changes (22), (26), (28), written
 * literally (no factor 2). Changes are summed in {@code dw} and applied at the sequence end (U1 option A) or
 * after each error step (option B).
 *
 * <p>One-hot steps touch only the active input's weights and partial columns (the other inputs are 0); the
 * summation order is the same as for the dense path, so both give bit-identical results. Nothing is allocated
 * per step.
 */
public final class TruncatedLstm implements Network {
    private final LstmLayout layout;
    private final int nIn;
    private final int nOut;
    private final int blocks;
    private final int blockSize;
    private final int cells;
    private final int nHidden;
    private final int hiddenRows;
    private final int recurrent;
    private final int width;
    private final int cellLen;
    private final int gateLen;
    private final int hiddenLen;
    private final int outWidth;
    private final int outLen;
    private final int outInputCol;
    private final boolean outputGates;
    private final boolean connectivityB;
    private final boolean linearOutput;
    private final boolean perStep;
    private final double alpha;
    private final double initialActivation;
    private final double gScale;
    private final double gOffset;
    private final boolean gIdentity;
    private final double hScale;
    private final double hOffset;
    private final boolean hIdentity;

    private final double[] w;
    private final double[] dw;
    private final double[] nets;
    /** z(t) = [x(t), y_hidden(t−1), 1]; the x part is only written for dense steps. */
    private final double[] z;
    /** dSin: per cell, ∂s/∂w over its block's input-gate row; dSc: per cell, over its own row (stride Z). */
    private final double[] dSin;

    private final double[] dSc;
    private final double[] s;
    private final double[] yIn;
    private final double[] fInPrime;
    private final double[] yOut;
    private final double[] fOutPrime;
    /** The block of each cell. */
    private final int[] blockOf;

    private final double[] gNet;
    private final double[] gPrime;
    private final double[] hS;
    private final double[] hPrime;
    private final double[] yHidden;
    private final double[] fHiddenPrime;
    /** Output-layer sources [y^c(t), y^i(t), (x(t)), 1]. */
    private final double[] src;

    private final double[] yK;
    private final double[] eK;
    private final double[] back;
    /** α e_s per cell at the current error step, eq (23). */
    private final double[] stateError;

    private final ErrorStallRule stallRule;
    private int activeBlocks;
    private double sequenceError;
    private boolean diverged;
    /** Whether the forward partials hold values of a learning step (a frozen sequence leaves them at 0). */
    private boolean partialsInUse;
    /** Σ w in index order, as of the last weight change: frozen sequences reuse it in the finiteness check. */
    private double weightSum;

    /** A net with fresh weights drawn from {@code init} (see {@link LstmLayout#initialWeights}). */
    public TruncatedLstm(LstmParams p, int inputSize, int outputSize, RandomGenerator init) {
        this(p, new LstmLayout(p, inputSize, outputSize), null, init);
    }

    /** A net with the given weights (flat layout of {@link LstmLayout}); for tests and benchmarks. */
    public TruncatedLstm(LstmParams p, LstmLayout layout, double[] weights) {
        this(p, layout, weights, null);
    }

    private TruncatedLstm(LstmParams p, LstmLayout layout, double[] weights, RandomGenerator init) {
        this.layout = layout;
        this.nIn = layout.inputs();
        this.nOut = layout.outputs();
        this.blocks = layout.blocks();
        this.blockSize = layout.blockSize();
        this.cells = layout.cells();
        this.nHidden = layout.hiddenUnits();
        this.hiddenRows = layout.hiddenRows();
        this.recurrent = layout.recurrent();
        this.width = layout.sourceWidth();
        this.cellLen = layout.cellRowLength();
        this.gateLen = layout.gateRowLength();
        this.hiddenLen = layout.hiddenRowLength();
        this.outWidth = layout.outputSourceWidth();
        this.outLen = layout.outputRowLength();
        this.outInputCol = layout.outputInputColumn();
        this.outputGates = layout.hasOutputGates();
        this.connectivityB = layout.connectivityB();
        this.linearOutput = p.outputActivation() == OutputActivation.LINEAR;
        this.perStep = p.update() == UpdateTiming.PER_STEP;
        this.alpha = p.learningRate();
        this.initialActivation = p.initialActivation();
        this.gIdentity = p.g().isIdentity();
        this.gScale = p.g().scale();
        this.gOffset = p.g().offset();
        this.hIdentity = p.h().isIdentity();
        this.hScale = p.h().scale();
        this.hOffset = p.h().offset();
        if (weights == null) {
            this.w = layout.initialWeights(p, init);
        } else {
            if (weights.length != layout.arrayLength()) {
                throw new IllegalArgumentException(
                        "expected " + layout.arrayLength() + " weights, got " + weights.length);
            }
            this.w = weights.clone();
        }
        this.dw = new double[w.length];
        this.nets = new double[hiddenRows];
        this.z = new double[width];
        this.z[width - 1] = 1.0;
        this.dSin = new double[cells * width];
        this.dSc = new double[cells * width];
        this.s = new double[cells];
        this.yIn = new double[blocks];
        this.fInPrime = new double[blocks];
        this.yOut = new double[blocks];
        this.fOutPrime = new double[blocks];
        this.blockOf = new int[cells];
        for (int c = 0; c < cells; c++) {
            blockOf[c] = c / blockSize;
        }
        this.gNet = new double[cells];
        this.gPrime = new double[cells];
        this.hS = new double[cells];
        this.hPrime = new double[cells];
        this.yHidden = new double[nHidden];
        this.fHiddenPrime = new double[nHidden];
        this.src = new double[outWidth];
        this.src[outWidth - 1] = 1.0;
        this.yK = new double[nOut];
        this.eK = new double[nOut];
        this.back = new double[cells];
        this.stateError = new double[cells];
        this.stallRule = p.sequentialConstruction()
                ? new ErrorStallRule(p.constructionWindow(), p.constructionMinDecrease())
                : null;
        this.activeBlocks = p.sequentialConstruction() ? 0 : blocks;
        this.weightSum = sum(w);
    }

    public LstmLayout layout() {
        return layout;
    }

    /** A copy of the flat weight array (layout of {@link LstmLayout}). */
    public double[] weights() {
        return w.clone();
    }

    /** Blocks in use (fewer than all only during sequential construction). */
    public int activeBlocks() {
        return activeBlocks;
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
        // PAPER.md §1.4: activations, states and partials are reset at each sequence start.
        Arrays.fill(s, 0.0);
        if (partialsInUse) {
            Arrays.fill(dSin, 0.0);
            Arrays.fill(dSc, 0.0);
            partialsInUse = false;
        }
        if (recurrent > 0) {
            Arrays.fill(z, nIn, nIn + recurrent, 0.0);
            if (initialActivation != 0.0) {
                for (int u = 0; u < hiddenRows; u++) {
                    if (unitActive(u)) {
                        z[nIn + u] = initialActivation;
                    }
                }
            }
        }
        sequenceError = 0.0;
    }

    private boolean unitActive(int u) {
        for (int j = activeBlocks; j < blocks; j++) {
            if (layout.belongsToBlock(u, j)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void step(Sequence seq, int t, double[] out, boolean learn) {
        final int a = seq.activeInput(t);
        if (a < 0) {
            final double[] x = seq.inputs();
            final int xb = t * nIn;
            for (int i = 0; i < nIn; i++) {
                z[i] = x[xb + i];
            }
        }
        forwardHidden(a, learn);
        forwardOutputs(seq, t, a, out);
        if (learn && !diverged && seq.hasTarget(t)) {
            backward(seq, t, a);
            if (perStep) {
                applyUpdates();
            }
        }
        // y_hidden(t) becomes the recurrent part of z(t+1), in unit order: cells, in gates, out gates, hidden.
        if (recurrent > 0) {
            int base = nIn;
            int nc = activeBlocks * blockSize;
            for (int c = 0; c < nc; c++) {
                z[base + c] = src[c];
            }
            base += cells;
            for (int j = 0; j < activeBlocks; j++) {
                z[base + j] = yIn[j];
            }
            base += blocks;
            if (outputGates) {
                for (int j = 0; j < activeBlocks; j++) {
                    z[base + j] = yOut[j];
                }
                base += blocks;
            }
            for (int i = 0; i < nHidden; i++) {
                z[base + i] = yHidden[i];
            }
        }
    }

    /**
     * net_r(t) = Σ_m w_rm z_m(t) for every hidden row r, four rows at a time (four independent sums in
     * registers). Each row's sum runs over m in ascending order with the bias column (weight 0 in rows without a
     * bias) last; one-hot steps start from the active input's weight and skip the other inputs, which gives
     * bit-identical results to the dense sum.
     */
    private void computeNets(int a) {
        final double[] w = this.w;
        final double[] nets = this.nets;
        final double[] z = this.z;
        final int rows = hiddenRows;
        final int m0 = a >= 0 ? nIn : 0;
        int r = 0;
        for (; r + 3 < rows; r += 4) {
            final int o0 = r * width;
            final int o1 = o0 + width;
            final int o2 = o1 + width;
            final int o3 = o2 + width;
            double s0 = 0.0;
            double s1 = 0.0;
            double s2 = 0.0;
            double s3 = 0.0;
            if (a >= 0) {
                s0 = w[o0 + a];
                s1 = w[o1 + a];
                s2 = w[o2 + a];
                s3 = w[o3 + a];
            }
            for (int m = m0; m < width; m++) {
                final double zm = z[m];
                s0 += w[o0 + m] * zm;
                s1 += w[o1 + m] * zm;
                s2 += w[o2 + m] * zm;
                s3 += w[o3 + m] * zm;
            }
            nets[r] = s0;
            nets[r + 1] = s1;
            nets[r + 2] = s2;
            nets[r + 3] = s3;
        }
        for (; r < rows; r++) {
            final int o = r * width;
            double sum = a >= 0 ? w[o + a] : 0.0;
            for (int m = m0; m < width; m++) {
                sum += w[o + m] * z[m];
            }
            nets[r] = sum;
        }
    }

    /**
     * Gates, cells and hidden units of one step, in four passes so that the logistics that do not depend on
     * each other (all gates and cell inputs, then all cell outputs) run back to back and overlap in the CPU: the
     * step is otherwise bound by the latency of the chain net → σ → state → σ → next step's net. Every value
     * is the same expression as in a single pass, so the split does not change a bit. A frozen step
     * ({@code learn} false) skips the forward partials, which only learning reads.
     */
    private void forwardHidden(int a, boolean learn) {
        computeNets(a);
        final int nb = activeBlocks;
        final int nc = nb * blockSize;
        final double[] nets = this.nets;
        // (7): gate activations y = f(net), f' = y(1 − y)
        for (int j = 0; j < nb; j++) {
            double in = Exp.logistic(nets[cells + j]);
            yIn[j] = in;
            fInPrime[j] = in * (1.0 - in);
            double outGate = 1.0;
            if (outputGates) {
                outGate = Exp.logistic(nets[cells + blocks + j]);
                fOutPrime[j] = outGate * (1.0 - outGate);
            }
            yOut[j] = outGate;
        }
        // g(net_c) and g'(net_c) of every cell
        if (gIdentity) {
            for (int c = 0; c < nc; c++) {
                gNet[c] = nets[c];
                gPrime[c] = 1.0;
            }
        } else {
            for (int c = 0; c < nc; c++) {
                double sg = Exp.logistic(nets[c]);
                gNet[c] = gScale * sg + gOffset;
                gPrime[c] = gScale * sg * (1.0 - sg);
            }
        }
        // (9): s(t) = s(t−1) + y^in g(net_c); y^c = y^out h(s)
        for (int j = 0, c = 0; j < nb; j++) {
            double in = yIn[j];
            double outGate = yOut[j];
            for (int v = 0; v < blockSize; v++, c++) {
                double state = s[c] + in * gNet[c];
                s[c] = state;
                double hs;
                double hp;
                if (hIdentity) {
                    hs = state;
                    hp = 1.0;
                } else {
                    double sh = Exp.logistic(state);
                    hs = hScale * sh + hOffset;
                    hp = hScale * sh * (1.0 - sh);
                }
                hS[c] = hs;
                hPrime[c] = hp;
                src[c] = outGate * hs;
            }
        }
        if (learn) {
            updatePartials(a, nc);
            partialsInUse = true;
        }
        int hiddenBase = cells + blocks + (outputGates ? blocks : 0);
        for (int i = 0; i < nHidden; i++) {
            double y = Exp.logistic(nets[hiddenBase + i]);
            yHidden[i] = y;
            fHiddenPrime[i] = y * (1.0 - y);
            src[cells + i] = y;
        }
    }

    /** (25) ∂s/∂w_in += g(net_c) f'_in z;  (27) ∂s/∂w_c += g'(net_c) y^in z, for the first {@code nc} cells. */
    private void updatePartials(int a, int nc) {
        final double[] z = this.z;
        final double[] dSin = this.dSin;
        final double[] dSc = this.dSc;
        final int m0 = a >= 0 ? nIn : 0;
        for (int c = 0; c < nc; c++) {
            int j = blockOf[c];
            int off = c * width;
            double kIn = gNet[c] * fInPrime[j];
            double kC = gPrime[c] * yIn[j];
            if (a >= 0) {
                dSin[off + a] += kIn;
                dSc[off + a] += kC;
            }
            if (gateLen == cellLen) {
                for (int m = m0; m < gateLen; m++) {
                    double zm = z[m];
                    dSin[off + m] += kIn * zm;
                    dSc[off + m] += kC * zm;
                }
            } else {
                for (int m = m0; m < gateLen; m++) {
                    dSin[off + m] += kIn * z[m];
                }
                for (int m = m0; m < cellLen; m++) {
                    dSc[off + m] += kC * z[m];
                }
            }
        }
    }

    private void forwardOutputs(Sequence seq, int t, int a, double[] out) {
        final double[] w = this.w;
        final double[] src = this.src;
        int base = hiddenRows * width;
        int nc = cells + nHidden;
        double check = 0.0;
        for (int k = 0; k < nOut; k++) {
            int off = base + k * outWidth;
            double sum = 0.0;
            for (int n = 0; n < nc; n++) {
                sum += w[off + n] * src[n];
            }
            if (connectivityB) {
                if (a >= 0) {
                    sum += w[off + outInputCol + a];
                } else {
                    int xb = t * nIn;
                    double[] x = seq.inputs();
                    for (int i = 0; i < nIn; i++) {
                        sum += w[off + outInputCol + i] * x[xb + i];
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

    private void backward(Sequence seq, int t, int a) {
        final double[] w = this.w;
        final double[] dw = this.dw;
        final double[] src = this.src;
        int base = hiddenRows * width;
        int nc = cells + nHidden;
        // (19) e_k = f'_k(net_k)(t_k − y_k);  (22) Δw_kn = α e_k src_n
        for (int k = 0; k < nOut; k++) {
            double y = yK[k];
            double diff = seq.target(t, k) - y;
            sequenceError += 0.5 * diff * diff;
            double e = linearOutput ? diff : y * (1.0 - y) * diff;
            eK[k] = e;
            double ae = alpha * e;
            int off = base + k * outWidth;
            for (int n = 0; n < nc; n++) {
                dw[off + n] += ae * src[n];
            }
            if (connectivityB) {
                if (a >= 0) {
                    dw[off + outInputCol + a] += ae;
                } else {
                    int xb = t * nIn;
                    double[] x = seq.inputs();
                    for (int i = 0; i < nIn; i++) {
                        dw[off + outInputCol + i] += ae * x[xb + i];
                    }
                }
            }
            if (outLen == outWidth) {
                dw[off + outWidth - 1] += ae;
            }
        }
        // back_c = Σ_k w_kc e_k for every active cell c (the error arriving at its output)
        int ncActive = activeBlocks * blockSize;
        for (int n = 0; n < ncActive; n++) {
            double sum = 0.0;
            for (int k = 0; k < nOut; k++) {
                sum += w[base + k * outWidth + n] * eK[k];
            }
            back[n] = sum;
        }
        for (int j = 0; j < activeBlocks; j++) {
            int c0 = j * blockSize;
            if (outputGates) {
                // (21) e_out = f'_out Σ_v h(s_v) back_v;  (22) Δw_out,m = α e_out z_m
                double sum = 0.0;
                for (int v = 0; v < blockSize; v++) {
                    sum += hS[c0 + v] * back[c0 + v];
                }
                addScaledSource((cells + blocks + j) * width, gateLen, alpha * fOutPrime[j] * sum, a);
            }
            double outGate = yOut[j];
            for (int v = 0; v < blockSize; v++) {
                int c = c0 + v;
                int off = c * width;
                // (23) e_s = y^out h'(s) back;  (28) Δw_c,m = α e_s ∂s/∂w_c,m
                double aes = alpha * (outGate * hPrime[c] * back[c]);
                stateError[c] = aes;
                for (int m = 0; m < cellLen; m++) {
                    dw[off + m] += aes * dSc[off + m];
                }
            }
            // (26) Δw_in,m = α Σ_v e_s,v ∂s_v/∂w_in,m
            int inOff = (cells + j) * width;
            for (int v = 0; v < blockSize; v++) {
                int off = (c0 + v) * width;
                double aes = stateError[c0 + v];
                for (int m = 0; m < gateLen; m++) {
                    dw[inOff + m] += aes * dSin[off + m];
                }
            }
        }
        if (nHidden > 0) {
            // (20) e_i = f'_i Σ_k w_ki e_k;  (22) Δw_im = α e_i z_m (one-step truncated, eq (11))
            int hiddenBase = cells + blocks + (outputGates ? blocks : 0);
            for (int i = 0; i < nHidden; i++) {
                double sum = 0.0;
                for (int k = 0; k < nOut; k++) {
                    sum += w[base + k * outWidth + cells + i] * eK[k];
                }
                addScaledSource((hiddenBase + i) * width, hiddenLen, alpha * fHiddenPrime[i] * sum, a);
            }
        }
    }

    /** dw[off+m] += scale · z[m] for the first {@code len} columns, sparse over one-hot inputs. */
    private void addScaledSource(int off, int len, double scale, int a) {
        int m0 = 0;
        if (a >= 0) {
            dw[off + a] += scale;
            m0 = nIn;
        }
        for (int m = m0; m < len; m++) {
            dw[off + m] += scale * z[m];
        }
    }

    /** w += Δw, Δw = 0, and the new Σ w in index order (for the finiteness check), in one pass. */
    private void applyUpdates() {
        final double[] w = this.w;
        final double[] dw = this.dw;
        double total = 0.0;
        for (int i = 0; i < w.length; i++) {
            double v = w[i] + dw[i];
            w[i] = v;
            dw[i] = 0.0;
            total += v;
        }
        weightSum = total;
    }

    @Override
    public void endSequence(boolean learn) {
        if (learn && !diverged && !perStep) {
            applyUpdates();
        } else if (diverged) {
            Arrays.fill(dw, 0.0); // changes made before the divergence are dropped (frozen steps make none)
        }
        // Σ w then Σ s: the weights' part is kept from their last change, so a frozen sequence adds only s
        double check = weightSum;
        for (double v : s) {
            check += v;
        }
        if (!Double.isFinite(check)) {
            diverged = true;
        }
        if (learn && stallRule != null && activeBlocks < blocks && stallRule.stalledAfter(sequenceError)) {
            activeBlocks++;
        }
    }

    private static double sum(double[] values) {
        double total = 0.0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
