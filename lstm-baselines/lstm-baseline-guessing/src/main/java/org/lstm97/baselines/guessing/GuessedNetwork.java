package org.lstm97.baselines.guessing;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.random.Draws;

/**
 * A small recurrent net whose weights are guessed, never trained. Units are updated in the paper's order
 * (Sec. 5 intro): inputs are set, hidden units are computed from the inputs and the previous activations, then
 * output units from the inputs, the current hidden activations and the previous output activations.
 *
 * <p>Weights live in one row-major matrix: one row per non-input unit (hidden rows first, then output rows),
 * columns {@code [inputs | bias | hidden | outputs]}; a mask marks the connections the architecture has, and
 * masked-out weights stay 0 so the step loop needs no branches.
 */
public final class GuessedNetwork implements Network {
    private final int in;
    private final int hidden;
    private final int out;
    private final int cols;
    private final int biasCol;
    private final int hiddenCol;
    private final int outCol;
    private final Activation activation;
    private final boolean[] mask;
    private final double[] weights;
    private final int weightCount;
    private final double[] hiddenPrev;
    private final double[] hiddenNow;
    private final double[] outPrev;
    private final double[] outNow;
    private boolean diverged;

    /**
     * @param hidden          hidden units (0 allowed: a single self-recurrent output unit, e.g. the latch)
     * @param bias            whether every non-input unit has a bias weight from a constant-1.0 unit
     * @param hiddenSelfLoops whether hidden units see their own previous activation
     */
    public GuessedNetwork(
            int inputSize,
            int outputSize,
            int hidden,
            Architecture architecture,
            boolean bias,
            boolean hiddenSelfLoops,
            Activation activation) {
        if (inputSize < 1 || outputSize < 1 || hidden < 0) {
            throw new IllegalArgumentException(
                    "bad sizes: in=" + inputSize + " out=" + outputSize + " hidden=" + hidden);
        }
        this.in = inputSize;
        this.hidden = hidden;
        this.out = outputSize;
        this.activation = activation;
        this.biasCol = in;
        this.hiddenCol = in + 1;
        this.outCol = in + 1 + hidden;
        this.cols = in + 1 + hidden + out;
        int rows = hidden + out;
        this.mask = new boolean[rows * cols];
        int count = 0;
        for (int r = 0; r < rows; r++) {
            boolean isHidden = r < hidden;
            for (int c = 0; c < cols; c++) {
                boolean on;
                if (c < in) {
                    on = true;
                } else if (c == biasCol) {
                    on = bias;
                } else if (c < outCol) {
                    int h = c - hiddenCol;
                    if (isHidden) {
                        boolean self = h == r;
                        on = self ? hiddenSelfLoops : architecture == Architecture.A1;
                    } else {
                        on = true;
                    }
                } else {
                    // previous output activations: seen by hidden units in both architectures,
                    // by output units only when fully connected (A1)
                    on = isHidden || architecture == Architecture.A1;
                }
                mask[r * cols + c] = on;
                if (on) {
                    count++;
                }
            }
        }
        this.weightCount = count;
        this.weights = new double[rows * cols];
        this.hiddenPrev = new double[hidden];
        this.hiddenNow = new double[hidden];
        this.outPrev = new double[out];
        this.outNow = new double[out];
    }

    /** Draws every existing weight uniformly in [-range, range), row by row, column by column. */
    public void guess(RandomGenerator random, double range) {
        for (int i = 0; i < weights.length; i++) {
            weights[i] = mask[i] ? Draws.uniform(random, -range, range) : 0.0;
        }
        diverged = false;
    }

    /** Sets one weight (tests); {@code row} counts hidden rows first, {@code col} as in the class comment. */
    void setWeight(int row, int col, double value) {
        if (!mask[row * cols + col]) {
            throw new IllegalArgumentException("no connection at row " + row + ", column " + col);
        }
        weights[row * cols + col] = value;
    }

    @Override
    public int inputSize() {
        return in;
    }

    @Override
    public int outputSize() {
        return out;
    }

    @Override
    public int weightCount() {
        return weightCount;
    }

    @Override
    public void startSequence() {
        // all activations except the constant bias unit are reset to 0 (G01 node2)
        Arrays.fill(hiddenPrev, 0.0);
        Arrays.fill(outPrev, 0.0);
    }

    @Override
    public void step(Sequence sequence, int t, double[] output, boolean learn) {
        int active = sequence.activeInput(t);
        double[] x = active >= 0 ? null : sequence.inputs(); // one-hot steps never touch the dense array
        int xBase = t * in;
        for (int i = 0; i < hidden; i++) {
            hiddenNow[i] = activation.apply(net(i, active, x, xBase, hiddenPrev));
        }
        for (int o = 0; o < out; o++) {
            outNow[o] = activation.apply(net(hidden + o, active, x, xBase, hiddenNow));
        }
        System.arraycopy(hiddenNow, 0, hiddenPrev, 0, hidden);
        System.arraycopy(outNow, 0, outPrev, 0, out);
        System.arraycopy(outNow, 0, output, 0, out);
        if (Double.isNaN(outNow[0])) {
            diverged = true;
        }
    }

    /** Net input of unit row {@code r}; {@code hiddenSeen} is the previous (hidden rows) or current hidden state. */
    private double net(int r, int active, double[] x, int xBase, double[] hiddenSeen) {
        int base = r * cols;
        double sum;
        if (active >= 0) {
            sum = weights[base + active];
        } else {
            sum = 0.0;
            for (int j = 0; j < in; j++) {
                sum += weights[base + j] * x[xBase + j];
            }
        }
        sum += weights[base + biasCol];
        for (int h = 0; h < hidden; h++) {
            sum += weights[base + hiddenCol + h] * hiddenSeen[h];
        }
        for (int o = 0; o < out; o++) {
            sum += weights[base + outCol + o] * outPrev[o];
        }
        return sum;
    }

    @Override
    public void endSequence(boolean learn) {
        // a guessed net never learns
    }

    @Override
    public boolean diverged() {
        return diverged;
    }
}
