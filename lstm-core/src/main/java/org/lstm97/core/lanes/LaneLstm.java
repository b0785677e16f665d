package org.lstm97.core.lanes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.lstm.LstmLayout;
import org.lstm97.core.lstm.LstmParams;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.lstm.TruncatedLstm;
import org.lstm97.core.lstm.UpdateTiming;
import org.lstm97.core.math.VectorExp;

/**
 * K nets of one 1997-LSTM layout stepping together, one per SIMD lane: lane L holds the weights, activations,
 * states, forward partials and weight changes of its own trial, and does exactly the arithmetic that
 * {@link TruncatedLstm} does for that trial, in the same order (so its values are bit for bit the scalar
 * net's). Every array is {@code [index][lane]}: element {@code i} of lane {@code L} is at {@code i·K + L}.
 *
 * <p>Each lane runs its own sequence at its own step: the caller sets a lane's input with {@link #setInput}
 * (one-hot inputs are gathered per lane, dense ones written into the lane's z), calls {@link #step} for all
 * lanes at once, and ends a lane's sequence with {@link #endSequences}. Lanes without a trial step on weights
 * of 0 and are never read. Covers the truncated gradient with every bias, gate, squashing, connectivity,
 * hidden-unit, output and update-timing option; not the sequential construction (see
 * {@link LaneEngine#obstacle}).
 *
 * <p>The code is flat and the methods small on purpose: the JDK 17 JIT keeps vectors in registers only inside
 * methods it inlines completely (see {@link VectorExp}). Nothing is allocated per step.
 */
final class LaneLstm {
    static final VectorSpecies<Double> S = VectorExp.SPECIES;
    static final int K = S.length();
    /** The kinds of input a step's lanes may have; see {@link #step()}. */
    private static final int DENSE = 0;

    private static final int ONE_HOT = 1;
    private static final int MIXED = 2;

    private final boolean learning;
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
    private final int outBase;
    private final int gateBase;
    private final int hiddenBase;
    private final boolean outputGates;
    private final boolean connectivityB;
    private final boolean linearOutput;
    private final boolean perStep;
    private final double alpha;
    private final double initialActivation;
    private final boolean gIdentity;
    private final double gScale;
    private final double gOffset;
    private final boolean hIdentity;
    private final double hScale;
    private final double hOffset;
    private final int weightSlots;

    private final double[] w;
    private final double[] dw;
    private final double[] nets;
    /** σ(net) of every hidden row (cells' only when g is not the identity). */
    private final double[] act;

    private final double[] z;
    private final double[] dSin;
    private final double[] dSc;
    private final double[] s;
    private final double[] hAct;
    private final double[] yIn;
    private final double[] fInPrime;
    private final double[] yOut;
    private final double[] fOutPrime;
    private final double[] gNet;
    private final double[] gPrime;
    private final double[] hS;
    private final double[] hPrime;
    private final double[] fHiddenPrime;
    private final double[] src;
    private final double[] outNet;
    private final double[] yK;
    private final double[] eK;
    private final double[] back;
    private final double[] stateError;
    /** k_in and k_c of every cell, eqs (25), (27). */
    private final double[] kIn;

    private final double[] kC;
    private final double[] target;

    /** Per lane: the active input of this step (−1: dense). */
    private final int[] active = new int[K];
    /** Per lane: gather offset (a·K + L; L for a dense lane, whose gathered value is not used). */
    private final int[] gather = new int[K];

    private final boolean[] oneHot = new boolean[K];
    private final boolean[] hasTarget = new boolean[K];
    private final boolean[] diverged = new boolean[K];
    private final boolean[] partialsInUse = new boolean[K];
    /** Per lane: Σ w in index order as of its last weight change (the scalar net's finiteness check). */
    private final double[] weightSum = new double[K];

    private final boolean[] scratch = new boolean[K];
    private final double[] laneValues = new double[K];
    /** Per lane: whether it learns from this step's error (a target, not diverged). */
    private final boolean[] errorLanes = new boolean[K];
    /** What an unused lane pretends to read: the row's kind of input (so its steps stay of one kind). */
    private boolean idleOneHot = true;
    /** The passes of a step whose lanes are all dense ({@link #DENSE}), all one-hot, or both ({@link #MIXED}). */
    private final Pass[][] forwardPasses = new Pass[3][];

    private final Pass[][] errorPasses = new Pass[3][];

    /**
     * @param learning true for trials in training (forward partials, weight changes), false for frozen
     *                 evaluation (forward pass only)
     */
    LaneLstm(LstmParams p, LstmLayout layout, boolean learning) {
        this.learning = learning;
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
        this.outBase = hiddenRows * width;
        this.outputGates = layout.hasOutputGates();
        this.gateBase = cells;
        this.hiddenBase = cells + blocks + (outputGates ? blocks : 0);
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
        this.weightSlots = layout.arrayLength();
        this.w = new double[weightSlots * K];
        this.dw = learning ? new double[weightSlots * K] : null;
        this.nets = new double[hiddenRows * K];
        this.act = new double[hiddenRows * K];
        this.z = new double[width * K];
        Arrays.fill(z, (width - 1) * K, width * K, 1.0);
        this.dSin = learning ? new double[cells * width * K] : null;
        this.dSc = learning ? new double[cells * width * K] : null;
        this.s = new double[cells * K];
        this.hAct = new double[cells * K];
        this.yIn = new double[blocks * K];
        this.fInPrime = new double[blocks * K];
        this.yOut = new double[blocks * K];
        Arrays.fill(yOut, 1.0);
        this.fOutPrime = new double[blocks * K];
        this.gNet = new double[cells * K];
        this.gPrime = new double[cells * K];
        this.hS = new double[cells * K];
        this.hPrime = new double[cells * K];
        this.fHiddenPrime = new double[Math.max(nHidden, 1) * K];
        this.src = new double[outWidth * K];
        Arrays.fill(src, (outWidth - 1) * K, outWidth * K, 1.0);
        this.outNet = new double[nOut * K];
        this.yK = new double[nOut * K];
        this.eK = new double[nOut * K];
        this.back = new double[cells * K];
        this.stateError = new double[cells * K];
        this.kIn = new double[cells * K];
        this.kC = new double[cells * K];
        this.target = new double[nOut * K];
        for (int lane = 0; lane < K; lane++) {
            gather[lane] = lane;
        }
        for (int kind = DENSE; kind <= MIXED; kind++) {
            forwardPasses[kind] = forwardPasses(kind);
            errorPasses[kind] = errorPasses(kind);
        }
    }

    // ---- lanes ----------------------------------------------------------------------------------------------

    /** Gives lane {@code lane} the weights {@code weights} (flat layout of {@link LstmLayout}) and a fresh state. */
    void load(int lane, double[] weights) {
        double total = 0.0;
        for (int i = 0; i < weightSlots; i++) {
            w[i * K + lane] = weights[i];
            total += weights[i];
        }
        weightSum[lane] = total;
        diverged[lane] = false;
        if (learning) {
            for (int i = 0; i < weightSlots; i++) {
                dw[i * K + lane] = 0.0;
            }
            resetPartials(lane);
        }
    }

    /** Gives every lane lane {@code lane}'s weights of {@code from} (for a frozen evaluation of one net). */
    void loadEverywhere(LaneLstm from, int lane) {
        double[] fw = from.w;
        for (int i = 0; i < weightSlots; i++) {
            Arrays.fill(w, i * K, (i + 1) * K, fw[i * K + lane]);
        }
        Arrays.fill(weightSum, from.weightSum[lane]);
        Arrays.fill(diverged, false);
    }

    /** A copy of lane {@code lane}'s weights in the flat layout of {@link LstmLayout}. */
    double[] weights(int lane) {
        double[] out = new double[weightSlots];
        for (int i = 0; i < weightSlots; i++) {
            out[i] = w[i * K + lane];
        }
        return out;
    }

    boolean diverged(int lane) {
        return diverged[lane];
    }

    /** Marks lane {@code lane} diverged (its frozen evaluation overflowed, as the scalar net would record). */
    void markDiverged(int lane) {
        diverged[lane] = true;
    }

    /**
     * {@link #startSequence(int)} for every lane flagged in {@code lanes}; when all lanes start together (rows
     * of fixed-length sequences), the partials are cleared in one pass instead of lane by lane.
     */
    void startSequences(boolean[] lanes) {
        boolean all = true;
        for (boolean l : lanes) {
            all &= l;
        }
        if (all && learning) {
            Arrays.fill(dSin, 0.0);
            Arrays.fill(dSc, 0.0);
            Arrays.fill(partialsInUse, false);
        }
        for (int lane = 0; lane < K; lane++) {
            if (lanes[lane]) {
                startSequence(lane);
            }
        }
    }

    /** Resets lane {@code lane}'s activations, states and partials for a new sequence (PAPER.md §1.4). */
    void startSequence(int lane) {
        for (int c = 0; c < cells; c++) {
            s[c * K + lane] = 0.0;
        }
        if (learning && partialsInUse[lane]) {
            resetPartials(lane);
        }
        for (int u = 0; u < recurrent; u++) {
            z[(nIn + u) * K + lane] = initialActivation;
        }
    }

    private void resetPartials(int lane) {
        for (int i = lane, n = cells * width * K; i < n; i += K) {
            dSin[i] = 0.0;
            dSc[i] = 0.0;
        }
        partialsInUse[lane] = false;
    }

    /** Sets lane {@code lane}'s input to step {@code t} of {@code seq} (and its target, if it has one). */
    void setInput(int lane, Sequence seq, int t) {
        int a = seq.activeInput(t);
        active[lane] = a;
        if (a >= 0) {
            oneHot[lane] = true;
            gather[lane] = a * K + lane;
        } else {
            oneHot[lane] = false;
            gather[lane] = lane;
            double[] x = seq.inputs();
            int xb = t * nIn;
            for (int i = 0; i < nIn; i++) {
                z[i * K + lane] = x[xb + i];
            }
        }
        boolean tgt = seq.hasTarget(t);
        hasTarget[lane] = tgt;
        if (tgt && learning) {
            for (int k = 0; k < nOut; k++) {
                target[k * K + lane] = seq.target(t, k);
            }
        }
    }

    /** Sets an unused lane's input: no target, and the kind of input {@link #idleInputs} gave (one-hot 0). */
    void setIdle(int lane) {
        active[lane] = idleOneHot ? 0 : -1;
        oneHot[lane] = idleOneHot;
        gather[lane] = lane;
        hasTarget[lane] = false;
    }

    /** Whether unused lanes read one-hot (else dense) inputs: the row's kind, so that its steps stay of one kind. */
    void idleInputs(boolean oneHotInputs) {
        idleOneHot = oneHotInputs;
    }

    /** Output {@code k} of lane {@code lane} after the last {@link #step}. */
    double output(int k, int lane) {
        return yK[k * K + lane];
    }

    // ---- one step of every lane -----------------------------------------------------------------------------

    /** One time step of every lane: forward pass, forward partials and, at lanes with a target, the changes. */
    void step() {
        boolean one = false;
        boolean dense = false;
        for (int lane = 0; lane < K; lane++) {
            one |= oneHot[lane];
            dense |= !oneHot[lane];
        }
        int kind = one && dense ? MIXED : one ? ONE_HOT : DENSE;
        runAll(forwardPasses[kind]);
        if (learning) {
            // after the output check: a lane it marked diverged no longer learns (as in TruncatedLstm)
            boolean errors = false;
            for (int lane = 0; lane < K; lane++) {
                boolean learns = hasTarget[lane] && !diverged[lane];
                errorLanes[lane] = learns;
                errors |= learns;
            }
            if (errors) {
                runAll(errorPasses[kind]);
            }
        }
        copyRecurrent();
    }

    /**
     * Runs {@code passes} in order. The call is dispatched among many pass classes, so the JIT does not inline
     * the passes into one another: each is compiled on its own, small enough for all its vectors to stay in
     * registers (a step compiled as one method exceeds the JIT's inlining budget, and then vectors are boxed).
     */
    private void runAll(Pass[] passes) {
        for (Pass pass : passes) {
            pass.run(this);
        }
    }

    /** One phase of a step over every lane. */
    @FunctionalInterface
    private interface Pass {
        void run(LaneLstm net);
    }

    /**
     * The forward passes of a step of one input kind. The passes that depend on the kind are separate lambdas
     * calling their method with the kind as constants: the JIT compiles each kind's code on its own, folded to
     * the branches that kind takes (one method compiled for all kinds, after another kind's profile, is several
     * times slower).
     */
    private Pass[] forwardPasses(int kind) {
        List<Pass> passes = new ArrayList<>();
        passes.add(
                switch (kind) {
                    case DENSE -> LaneLstm::computeNetsDense;
                    case ONE_HOT -> LaneLstm::computeNetsOneHot;
                    default -> LaneLstm::computeNetsMixed;
                });
        // the logistics of a step that do not depend on each other in one pass, so they overlap in the CPU
        if (!gIdentity) {
            passes.add(net -> VectorExp.logistic(net.nets, 0, net.act, 0, net.hiddenRows * K));
        } else {
            passes.add(net -> VectorExp.logistic(
                    net.nets, net.gateBase * K, net.act, net.gateBase * K, (net.hiddenRows - net.gateBase) * K));
        }
        passes.add(LaneLstm::gatesAndStates);
        if (!hIdentity) {
            passes.add(net -> VectorExp.logistic(net.s, 0, net.hAct, 0, net.cells * K));
        }
        passes.add(LaneLstm::cellOutputs);
        if (learning) {
            passes.add(
                    switch (kind) {
                        case DENSE -> LaneLstm::partialsDense;
                        case ONE_HOT -> LaneLstm::partialsOneHot;
                        default -> LaneLstm::partialsMixed;
                    });
        }
        passes.add(
                switch (kind) {
                    case DENSE -> net -> net.outputSums(false, true);
                    case ONE_HOT -> net -> net.outputSums(true, false);
                    default -> net -> net.outputSums(true, true);
                });
        if (!linearOutput) {
            passes.add(net -> VectorExp.logistic(net.outNet, 0, net.yK, 0, net.nOut * K));
        } else {
            passes.add(net -> System.arraycopy(net.outNet, 0, net.yK, 0, net.nOut * K));
        }
        passes.add(LaneLstm::checkOutputs);
        return passes.toArray(new Pass[0]);
    }

    /** The error passes of a step of one input kind (as {@link #forwardPasses(int)}). */
    private Pass[] errorPasses(int kind) {
        List<Pass> passes = new ArrayList<>();
        passes.add(
                switch (kind) {
                    case DENSE -> net -> net.outputErrors(false, true);
                    case ONE_HOT -> net -> net.outputErrors(true, false);
                    default -> net -> net.outputErrors(true, true);
                });
        passes.add(
                switch (kind) {
                    case DENSE -> net -> net.cellErrors(false, true);
                    case ONE_HOT -> net -> net.cellErrors(true, false);
                    default -> net -> net.cellErrors(true, true);
                });
        if (nHidden > 0) {
            passes.add(
                    switch (kind) {
                        case DENSE -> net -> net.hiddenErrors(false, true);
                        case ONE_HOT -> net -> net.hiddenErrors(true, false);
                        default -> net -> net.hiddenErrors(true, true);
                    });
        }
        if (perStep) {
            passes.add(net -> net.applyUpdates(VectorMask.fromArray(S, net.errorLanes, 0)));
        }
        return passes.toArray(new Pass[0]);
    }

    private VectorMask<Double> oneHotMask() {
        return VectorMask.fromArray(S, oneHot, 0);
    }

    /**
     * net_r(t) = Σ_m w_rm z_m(t) for every hidden row, m ascending and the bias column last; a one-hot lane
     * starts from its active input's weight and skips the other inputs (as {@link TruncatedLstm} does). One
     * method per kind of step (all one-hot, all dense, mixed), so that the JIT compiles each apart.
     */
    private void computeNetsOneHot() {
        for (int r = 0; r < hiddenRows; r++) {
            int o = r * width;
            DoubleVector sum = DoubleVector.fromArray(S, w, o * K, gather, 0);
            for (int m = nIn; m < width; m++) {
                sum = sum.add(at(w, o + m).mul(at(z, m)));
            }
            sum.intoArray(nets, r * K);
        }
    }

    /** {@link #computeNetsOneHot} for a step whose lanes are all dense: every column, from 0. */
    private void computeNetsDense() {
        for (int r = 0; r < hiddenRows; r++) {
            int o = r * width;
            DoubleVector sum = DoubleVector.zero(S);
            for (int m = 0; m < width; m++) {
                sum = sum.add(at(w, o + m).mul(at(z, m)));
            }
            sum.intoArray(nets, r * K);
        }
    }

    /** {@link #computeNetsOneHot} for a step with one-hot and dense lanes: each lane its own way. */
    private void computeNetsMixed() {
        VectorMask<Double> oneHotMask = oneHotMask();
        for (int r = 0; r < hiddenRows; r++) {
            int o = r * width;
            DoubleVector sum = DoubleVector.zero(S).blend(DoubleVector.fromArray(S, w, o * K, gather, 0), oneHotMask);
            sum = denseInputSum(sum, o, oneHotMask.not(), true);
            for (int m = nIn; m < width; m++) {
                sum = sum.add(at(w, o + m).mul(at(z, m)));
            }
            sum.intoArray(nets, r * K);
        }
    }

    /** sum + Σ_{m < I} w_{o+m} z_m in the lanes of {@code dense} (every lane when none is one-hot). */
    private DoubleVector denseInputSum(DoubleVector sum, int o, VectorMask<Double> dense, boolean anyOneHot) {
        DoubleVector acc = sum;
        for (int m = 0; m < nIn; m++) {
            DoubleVector term = at(w, o + m).mul(at(z, m));
            acc = anyOneHot ? acc.add(term, dense) : acc.add(term);
        }
        return acc;
    }

    private void gatesAndStates() {
        gates();
        cellInputs();
        states();
    }

    /** (7): y = σ(net) of the input and output gates, f' = y(1 − y). */
    private void gates() {
        for (int j = 0; j < blocks; j++) {
            DoubleVector in = at(act, gateBase + j);
            in.intoArray(yIn, j * K);
            in.mul(one().sub(in)).intoArray(fInPrime, j * K);
            if (outputGates) {
                DoubleVector out = at(act, gateBase + blocks + j);
                out.intoArray(yOut, j * K);
                out.mul(one().sub(out)).intoArray(fOutPrime, j * K);
            }
        }
    }

    /** g(net_c) and g'(net_c) of every cell. */
    private void cellInputs() {
        for (int c = 0; c < cells; c++) {
            if (gIdentity) {
                at(nets, c).intoArray(gNet, c * K);
                one().intoArray(gPrime, c * K);
            } else {
                DoubleVector sg = at(act, c);
                sg.mul(gScale).add(gOffset).intoArray(gNet, c * K);
                sg.mul(gScale).mul(one().sub(sg)).intoArray(gPrime, c * K);
            }
        }
    }

    /** (9): s(t) = s(t−1) + y^in g(net_c). */
    private void states() {
        for (int c = 0; c < cells; c++) {
            DoubleVector in = at(yIn, c / blockSize);
            at(s, c).add(in.mul(at(gNet, c))).intoArray(s, c * K);
        }
    }

    /** h(s), h'(s) and y^c = y^out h(s) of every cell. */
    private void cellOutputs() {
        for (int c = 0; c < cells; c++) {
            DoubleVector hs;
            if (hIdentity) {
                hs = at(s, c);
                one().intoArray(hPrime, c * K);
            } else {
                DoubleVector sh = at(hAct, c);
                hs = sh.mul(hScale).add(hOffset);
                sh.mul(hScale).mul(one().sub(sh)).intoArray(hPrime, c * K);
            }
            hs.intoArray(hS, c * K);
            at(yOut, c / blockSize).mul(hs).intoArray(src, c * K);
        }
        hiddenUnits();
    }

    /**
     * (25) ∂s/∂w_in += g(net_c) f'_in z;  (27) ∂s/∂w_c += g'(net_c) y^in z for every cell, when all lanes are
     * one-hot: the active input's column lane by lane, then the recurrent columns. One method per kind of step.
     */
    private void partialsOneHot() {
        coefficients();
        for (int c = 0; c < cells; c++) {
            addAtActiveInputs(dSin, c * width, kIn, c * K, oneHot);
            addAtActiveInputs(dSc, c * width, kC, c * K, oneHot);
        }
        recurrentPartials();
    }

    /** The partials when all lanes are dense: every input column. */
    private void partialsDense() {
        coefficients();
        for (int c = 0; c < cells; c++) {
            int off = c * width;
            DoubleVector in = at(kIn, c);
            DoubleVector cell = at(kC, c);
            for (int m = 0; m < nIn; m++) {
                DoubleVector zm = at(z, m);
                at(dSin, off + m).add(in.mul(zm)).intoArray(dSin, (off + m) * K);
                at(dSc, off + m).add(cell.mul(zm)).intoArray(dSc, (off + m) * K);
            }
        }
        recurrentPartials();
    }

    /** The partials of a step with one-hot and dense lanes: each lane its own way. */
    private void partialsMixed() {
        coefficients();
        VectorMask<Double> dense = oneHotMask().not();
        for (int c = 0; c < cells; c++) {
            int off = c * width;
            addAtActiveInputs(dSin, off, kIn, c * K, oneHot);
            addAtActiveInputs(dSc, off, kC, c * K, oneHot);
            DoubleVector in = at(kIn, c);
            DoubleVector cell = at(kC, c);
            for (int m = 0; m < nIn; m++) {
                DoubleVector zm = at(z, m);
                at(dSin, off + m).add(in.mul(zm), dense).intoArray(dSin, (off + m) * K);
                at(dSc, off + m).add(cell.mul(zm), dense).intoArray(dSc, (off + m) * K);
            }
        }
        recurrentPartials();
    }

    /** k_in = g(net_c) f'_in and k_c = g'(net_c) y^in of every cell. */
    private void coefficients() {
        for (int c = 0; c < cells; c++) {
            int j = c / blockSize;
            at(gNet, c).mul(at(fInPrime, j)).intoArray(kIn, c * K);
            at(gPrime, c).mul(at(yIn, j)).intoArray(kC, c * K);
        }
        Arrays.fill(partialsInUse, true);
    }

    /** The partials' recurrent and bias columns (from the first column after the inputs). */
    private void recurrentPartials() {
        int both = Math.min(gateLen, cellLen);
        for (int c = 0; c < cells; c++) {
            int off = c * width;
            DoubleVector in = at(kIn, c);
            DoubleVector cell = at(kC, c);
            for (int m = nIn; m < both; m++) {
                DoubleVector zm = at(z, m);
                at(dSin, off + m).add(in.mul(zm)).intoArray(dSin, (off + m) * K);
                at(dSc, off + m).add(cell.mul(zm)).intoArray(dSc, (off + m) * K);
            }
            for (int m = both; m < gateLen; m++) {
                at(dSin, off + m).add(in.mul(at(z, m))).intoArray(dSin, (off + m) * K);
            }
            for (int m = both; m < cellLen; m++) {
                at(dSc, off + m).add(cell.mul(at(z, m))).intoArray(dSc, (off + m) * K);
            }
        }
    }

    /** Conventional hidden units: y = σ(net), f' = y(1 − y). */
    private void hiddenUnits() {
        for (int i = 0; i < nHidden; i++) {
            DoubleVector y = at(act, hiddenBase + i);
            y.mul(one().sub(y)).intoArray(fHiddenPrime, i * K);
            y.intoArray(src, (cells + i) * K);
        }
    }

    /** net_k = Σ_n w_kn src_n (+ w_k,x x, connectivity B) + bias, for every output unit. */
    private void outputSums(boolean anyOneHot, boolean anyDense) {
        VectorMask<Double> oneHotMask = oneHotMask();
        int nc = cells + nHidden;
        for (int k = 0; k < nOut; k++) {
            int off = outBase + k * outWidth;
            DoubleVector sum = DoubleVector.zero(S);
            for (int n = 0; n < nc; n++) {
                sum = sum.add(at(w, off + n).mul(at(src, n)));
            }
            if (connectivityB) {
                int io = off + outInputCol;
                if (anyOneHot) {
                    sum = sum.add(DoubleVector.fromArray(S, w, io * K, gather, 0, oneHotMask), oneHotMask);
                }
                if (anyDense) {
                    sum = denseInputSum(sum, io, oneHotMask.not(), anyOneHot);
                }
            }
            if (outLen == outWidth) {
                sum = sum.add(at(w, off + outWidth - 1));
            }
            sum.intoArray(outNet, k * K);
        }
    }

    /** A lane whose outputs y_k = f(net_k) sum to ±∞ or NaN diverged (as in {@link TruncatedLstm}). */
    private void checkOutputs() {
        DoubleVector check = DoubleVector.zero(S);
        for (int k = 0; k < nOut; k++) {
            check = check.add(at(yK, k));
        }
        markNonFinite(check);
    }

    private void markNonFinite(DoubleVector check) {
        VectorMask<Double> finite = check.test(VectorOperators.IS_FINITE);
        if (!finite.allTrue()) {
            finite.not().intoArray(scratch, 0);
            for (int lane = 0; lane < K; lane++) {
                diverged[lane] |= scratch[lane];
            }
        }
    }

    /** (19), (22): the output errors e_k and the output rows' changes, at the learning lanes. */
    private void outputErrors(boolean anyOneHot, boolean anyDense) {
        VectorMask<Double> m = VectorMask.fromArray(S, errorLanes, 0);
        VectorMask<Double> oneHotMask = oneHotMask();
        VectorMask<Double> mOneHot = oneHotMask.and(m);
        VectorMask<Double> mDense = oneHotMask.not().and(m);
        boolean oneHotErrors = anyOneHot && mOneHot.anyTrue();
        boolean denseErrors = anyDense && mDense.anyTrue();
        int nc = cells + nHidden;
        for (int k = 0; k < nOut; k++) {
            // (19) e_k = f'_k(net_k)(t_k − y_k);  (22) Δw_kn = α e_k src_n
            DoubleVector y = at(yK, k);
            DoubleVector diff = at(target, k).sub(y);
            DoubleVector e = linearOutput ? diff : y.mul(one().sub(y)).mul(diff);
            e.intoArray(eK, k * K);
            DoubleVector ae = e.mul(alpha);
            int off = outBase + k * outWidth;
            for (int n = 0; n < nc; n++) {
                at(dw, off + n).add(ae.mul(at(src, n)), m).intoArray(dw, (off + n) * K);
            }
            if (connectivityB) {
                addScaledInput(off + outInputCol, ae, mOneHot, mDense, oneHotErrors, denseErrors);
            }
            if (outLen == outWidth) {
                at(dw, off + outWidth - 1).add(ae, m).intoArray(dw, (off + outWidth - 1) * K);
            }
        }
    }

    /** (21), (23), (26), (28): the errors arriving at the cells and the changes of the blocks' rows. */
    private void cellErrors(boolean anyOneHot, boolean anyDense) {
        VectorMask<Double> m = VectorMask.fromArray(S, errorLanes, 0);
        VectorMask<Double> oneHotMask = oneHotMask();
        VectorMask<Double> mOneHot = oneHotMask.and(m);
        VectorMask<Double> mDense = oneHotMask.not().and(m);
        boolean oneHotErrors = anyOneHot && mOneHot.anyTrue();
        boolean denseErrors = anyDense && mDense.anyTrue();
        backCells();
        for (int j = 0; j < blocks; j++) {
            backBlock(j, m, mOneHot, mDense, oneHotErrors, denseErrors);
        }
    }

    /** (20), (22): the conventional hidden units' errors (one-step truncated, eq (11)) and changes. */
    private void hiddenErrors(boolean anyOneHot, boolean anyDense) {
        VectorMask<Double> m = VectorMask.fromArray(S, errorLanes, 0);
        VectorMask<Double> oneHotMask = oneHotMask();
        VectorMask<Double> mOneHot = oneHotMask.and(m);
        VectorMask<Double> mDense = oneHotMask.not().and(m);
        boolean oneHotErrors = anyOneHot && mOneHot.anyTrue();
        boolean denseErrors = anyDense && mDense.anyTrue();
        for (int i = 0; i < nHidden; i++) {
            DoubleVector sum = DoubleVector.zero(S);
            for (int k = 0; k < nOut; k++) {
                sum = sum.add(at(w, outBase + k * outWidth + cells + i).mul(at(eK, k)));
            }
            DoubleVector scale = at(fHiddenPrime, i).mul(alpha).mul(sum);
            addScaledSource((hiddenBase + i) * width, hiddenLen, scale, m, mOneHot, mDense, oneHotErrors, denseErrors);
        }
    }

    /** back_c = Σ_k w_kc e_k for every cell (the error arriving at its output). */
    private void backCells() {
        for (int n = 0; n < cells; n++) {
            DoubleVector sum = DoubleVector.zero(S);
            for (int k = 0; k < nOut; k++) {
                sum = sum.add(at(w, outBase + k * outWidth + n).mul(at(eK, k)));
            }
            sum.intoArray(back, n * K);
        }
    }

    private void backBlock(
            int j,
            VectorMask<Double> m,
            VectorMask<Double> mOneHot,
            VectorMask<Double> mDense,
            boolean oneHotErrors,
            boolean denseErrors) {
        int c0 = j * blockSize;
        if (outputGates) {
            // (21) e_out = f'_out Σ_v h(s_v) back_v;  (22) Δw_out,m = α e_out z_m
            DoubleVector sum = DoubleVector.zero(S);
            for (int v = 0; v < blockSize; v++) {
                sum = sum.add(at(hS, c0 + v).mul(at(back, c0 + v)));
            }
            DoubleVector scale = at(fOutPrime, j).mul(alpha).mul(sum);
            addScaledSource(
                    (gateBase + blocks + j) * width, gateLen, scale, m, mOneHot, mDense, oneHotErrors, denseErrors);
        }
        DoubleVector outGate = at(yOut, j);
        for (int v = 0; v < blockSize; v++) {
            // (23) e_s = y^out h'(s) back;  (28) Δw_c,m = α e_s ∂s/∂w_c,m
            int c = c0 + v;
            DoubleVector aes = outGate.mul(at(hPrime, c)).mul(at(back, c)).mul(alpha);
            aes.intoArray(stateError, c * K);
            addScaledPartials(c * width, c * width, cellLen, aes, dSc, m);
        }
        // (26) Δw_in,m = α Σ_v e_s,v ∂s_v/∂w_in,m
        int inOff = (gateBase + j) * width;
        for (int v = 0; v < blockSize; v++) {
            addScaledPartials(inOff, (c0 + v) * width, gateLen, at(stateError, c0 + v), dSin, m);
        }
    }

    /** dw[off+i] += scale · partials[pOff+i] for i < len, in the lanes of {@code m}. */
    private void addScaledPartials(
            int off, int pOff, int len, DoubleVector scale, double[] partials, VectorMask<Double> m) {
        for (int i = 0; i < len; i++) {
            at(dw, off + i).add(scale.mul(at(partials, pOff + i)), m).intoArray(dw, (off + i) * K);
        }
    }

    /** dw[off+m] += scale · z[m] for the first {@code len} columns, sparse over one-hot inputs. */
    private void addScaledSource(
            int off,
            int len,
            DoubleVector scale,
            VectorMask<Double> m,
            VectorMask<Double> mOneHot,
            VectorMask<Double> mDense,
            boolean oneHotErrors,
            boolean denseErrors) {
        addScaledInput(off, scale, mOneHot, mDense, oneHotErrors, denseErrors);
        for (int col = nIn; col < len; col++) {
            at(dw, off + col).add(scale.mul(at(z, col)), m).intoArray(dw, (off + col) * K);
        }
    }

    /** The input columns of dw[off..]: += scale at the active input (one-hot lanes), += scale·x (dense). */
    private void addScaledInput(
            int off,
            DoubleVector scale,
            VectorMask<Double> mOneHot,
            VectorMask<Double> mDense,
            boolean oneHotErrors,
            boolean denseErrors) {
        if (oneHotErrors) {
            scale.intoArray(laneValues, 0);
            mOneHot.intoArray(scratch, 0);
            addAtActiveInputs(dw, off, laneValues, 0, scratch);
        }
        if (denseErrors) {
            for (int col = 0; col < nIn; col++) {
                at(dw, off + col).add(scale.mul(at(z, col)), mDense).intoArray(dw, (off + col) * K);
            }
        }
    }

    /** y_hidden(t) becomes the recurrent part of z(t+1), in unit order: cells, in gates, out gates, hidden. */
    private void copyRecurrent() {
        if (recurrent == 0) {
            return;
        }
        int base = nIn * K;
        System.arraycopy(src, 0, z, base, cells * K);
        base += cells * K;
        System.arraycopy(yIn, 0, z, base, blocks * K);
        base += blocks * K;
        if (outputGates) {
            System.arraycopy(yOut, 0, z, base, blocks * K);
            base += blocks * K;
        }
        System.arraycopy(src, cells * K, z, base, nHidden * K);
    }

    // ---- sequence ends --------------------------------------------------------------------------------------

    /**
     * Ends the sequences of the lanes flagged in {@code ending}: applies their summed changes (unless they
     * diverged, which drops them) and checks Σ w + Σ s for finiteness, as {@link TruncatedLstm#endSequence}.
     */
    void endSequences(boolean[] ending) {
        VectorMask<Double> end = VectorMask.fromArray(S, ending, 0);
        if (learning) {
            for (int lane = 0; lane < K; lane++) {
                scratch[lane] = ending[lane] && diverged[lane];
            }
            VectorMask<Double> drop = VectorMask.fromArray(S, scratch, 0);
            if (drop.anyTrue()) {
                clearChanges(drop);
            }
            if (!perStep) {
                VectorMask<Double> apply = end.andNot(drop);
                if (apply.anyTrue()) {
                    applyUpdates(apply);
                }
            }
        }
        DoubleVector check = DoubleVector.fromArray(S, weightSum, 0);
        for (int c = 0; c < cells; c++) {
            check = check.add(at(s, c));
        }
        VectorMask<Double> finite = check.test(VectorOperators.IS_FINITE);
        for (int lane = 0; lane < K; lane++) {
            if (ending[lane] && !finite.laneIsSet(lane)) {
                diverged[lane] = true;
            }
        }
    }

    /** w += Δw, Δw = 0, and the new Σ w (index order) in the lanes of {@code m}. */
    private void applyUpdates(VectorMask<Double> m) {
        if (m.trueCount() == 1) {
            applyUpdates(m.firstTrue());
            return;
        }
        DoubleVector total = DoubleVector.zero(S);
        DoubleVector zero = DoubleVector.zero(S);
        for (int i = 0; i < weightSlots; i++) {
            DoubleVector v = at(w, i).add(at(dw, i), m);
            v.intoArray(w, i * K);
            total = total.add(v);
            at(dw, i).blend(zero, m).intoArray(dw, i * K);
        }
        DoubleVector.fromArray(S, weightSum, 0).blend(total, m).intoArray(weightSum, 0);
    }

    /** The one-lane form of {@link #applyUpdates(VectorMask)}, without touching the other lanes' data. */
    private void applyUpdates(int lane) {
        double total = 0.0;
        for (int i = lane, n = weightSlots * K; i < n; i += K) {
            double v = w[i] + dw[i];
            w[i] = v;
            dw[i] = 0.0;
            total += v;
        }
        weightSum[lane] = total;
    }

    private void clearChanges(VectorMask<Double> m) {
        DoubleVector zero = DoubleVector.zero(S);
        for (int i = 0; i < weightSlots; i++) {
            at(dw, i).blend(zero, m).intoArray(dw, i * K);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /**
     * a[(off + a_L)·K + L] += values[valuesOffset + L] for every lane L flagged in {@code lanes}, a_L its active input: the
     * one-hot column of a row, lane by lane (scalar stores are cheaper here than a vector scatter).
     */
    private void addAtActiveInputs(double[] a, int off, double[] values, int valuesOffset, boolean[] lanes) {
        int base = off * K;
        for (int lane = 0; lane < K; lane++) {
            if (lanes[lane]) {
                a[base + gather[lane]] += values[valuesOffset + lane];
            }
        }
    }

    /** Element {@code i} of every lane. */
    private static DoubleVector at(double[] a, int i) {
        return DoubleVector.fromArray(S, a, i * K);
    }

    private static DoubleVector one() {
        return DoubleVector.broadcast(S, 1.0);
    }
}
