package org.lstm97.baselines.chunker;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;

/**
 * The 2-net chunker of one trial (CHUNK-NIPS91 node4, CHUNK92 node6; LSTM97 Sec. 5.2 "CH"). At step t:
 * <ol>
 *   <li>at t = 0 the first symbol always goes to C ("the beginning of an episode usually is not predictable");</li>
 *   <li>A reads x(t) and predicts the next symbol (outputs 0..k-1, the net's outputs) and C's hidden unit
 *   (output k) and, with {@link ChunkerState#HIDDEN_AND_OUTPUTS}, C's outputs (k+1..2k);</li>
 *   <li>learning: A is trained on the target d(t) (when the step has one) and on C's hidden activation, i.e.
 *   C's state after every symbol C received up to and including x(t);</li>
 *   <li>if A failed on d(t) (some output off by more than {@code failThreshold}), C is trained to predict d(t)
 *   from its current state and last input, then reads d(t) (plus the time input) and updates its state.</li>
 * </ol>
 * When not learning only A runs: the net's outputs are A's, so a trial succeeds only once A has absorbed what C
 * knows. Only next-symbol tasks (inputs and outputs over the same alphabet) are supported.
 *
 * <p>{@link #weightCount()} counts A only: (in + 1)(k + 2) with {@link ChunkerState#HIDDEN}, which is LSTM97's
 * 10,506 for p = 100.
 */
public final class ChunkerNetwork implements Network {
    private final int size;
    private final ChunkerParams params;
    private final int stateTargets;
    private final SelfLoopNet automatizer;
    private final SelfLoopNet chunker;
    private final double[] aTarget;
    private final boolean[] aUse;
    private final double[] cInput;
    private final double[] cTarget;
    private final boolean[] cUse;
    private long chunkerSteps;
    private boolean diverged;

    public ChunkerNetwork(int inputSize, int outputSize, ChunkerParams params, RandomGenerator init) {
        if (inputSize != outputSize || inputSize < 1) {
            throw new IllegalArgumentException("the 2-net chunker predicts the next symbol: it needs inputSize == "
                    + "outputSize, got " + inputSize + " and " + outputSize);
        }
        this.size = inputSize;
        this.params = params;
        this.stateTargets = params.chunkerState() == ChunkerState.HIDDEN ? 1 : 1 + inputSize;
        this.automatizer = new SelfLoopNet(size, size + stateTargets);
        this.chunker = new SelfLoopNet(size + (params.timeInput() ? 1 : 0), size);
        automatizer.initialise(init, params.initRange());
        chunker.initialise(init, params.initRange());
        this.aTarget = new double[size + stateTargets];
        this.aUse = new boolean[size + stateTargets];
        this.cInput = new double[chunker.inputs()];
        this.cTarget = new double[size];
        this.cUse = new boolean[size];
        Arrays.fill(cUse, true);
    }

    SelfLoopNet automatizer() {
        return automatizer;
    }

    SelfLoopNet chunker() {
        return chunker;
    }

    /** C's activation updates since the network was built: how many symbols reached the chunking level. */
    public long chunkerSteps() {
        return chunkerSteps;
    }

    /** A's prediction of C's hidden unit at the last step. */
    double predictedChunkerState() {
        return automatizer.output(size);
    }

    @Override
    public int inputSize() {
        return size;
    }

    @Override
    public int outputSize() {
        return size;
    }

    @Override
    public int weightCount() {
        return automatizer.weightCount();
    }

    @Override
    public void startSequence() {
        automatizer.reset();
        chunker.reset();
    }

    @Override
    public void step(Sequence sequence, int t, double[] out, boolean learn) {
        int active = sequence.activeInput(t);
        double[] x = active >= 0 ? null : sequence.inputs(); // one-hot steps never touch the dense array
        if (learn && t == 0) {
            // the first symbol of an episode always reaches C
            if (active >= 0) {
                Arrays.fill(cInput, 0, size, 0.0);
                cInput[active] = 1.0;
            } else {
                System.arraycopy(x, 0, cInput, 0, size);
            }
            feedChunker(0, sequence.length());
        }
        automatizer.forward(x, t * size, active);
        for (int k = 0; k < size; k++) {
            out[k] = automatizer.output(k);
        }
        if (Double.isNaN(out[0]) || !automatizer.finite()) {
            diverged = true;
            return;
        }
        if (!learn) {
            return;
        }
        boolean target = sequence.hasTarget(t);
        boolean failed = false;
        double[] d = sequence.targets();
        int base = t * size;
        for (int k = 0; k < size; k++) {
            aTarget[k] = d[base + k];
            aUse[k] = target;
            failed |= target && Math.abs(d[base + k] - out[k]) > params.failThreshold();
        }
        // A also learns C's state: the knowledge C has gathered from the unexpected symbols so far
        aTarget[size] = chunker.hidden();
        aUse[size] = params.learnChunkerState();
        for (int k = 1; k < stateTargets; k++) {
            aTarget[size + k] = chunker.output(k - 1);
            aUse[size + k] = params.learnChunkerState();
        }
        automatizer.learn(aTarget, aUse, params.learningRate());
        if (failed) {
            // C first learns to predict the unexpected symbol from its state and last input, then reads it
            System.arraycopy(d, base, cTarget, 0, size);
            chunker.learn(cTarget, cUse, params.chunkerLearningRate());
            System.arraycopy(d, base, cInput, 0, size);
            feedChunker(t + 1, sequence.length());
        }
        if (!automatizer.finite() || !chunker.finite()) {
            diverged = true;
        }
    }

    /** C reads {@link #cInput}'s symbol, plus the position {@code position / length} when it has a time input. */
    private void feedChunker(int position, int length) {
        if (params.timeInput()) {
            cInput[size] = (double) position / length;
        }
        chunker.forward(cInput, 0, -1);
        chunkerSteps++;
    }

    @Override
    public void endSequence(boolean learn) {
        // both nets learn online, step by step
    }

    @Override
    public boolean diverged() {
        return diverged;
    }
}
