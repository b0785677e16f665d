package org.lstm97.baselines.rcc;

import java.util.Arrays;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.math.Exp;

/**
 * The RCC net: inputs, a constant-1.0 bias unit, up to {@code maxHidden} installed hidden units in cascade,
 * and logistic output units.
 *
 * <p>Hidden unit u computes V_u(t) = f( sum_j w_uj z_j(t) + s_u V_u(t-1) ), where z = [inputs | bias |
 * V_0(t) .. V_{u-1}(t)] (earlier units at the same step) and s_u is its only recurrent link, its own previous
 * value (Fahlman 1991; SNNS RCC). f is the symmetric sigmoid in [-0.5, 0.5] (cascor default). Outputs:
 * y_k(t) = logistic( sum_j v_kj z_j(t) ) over inputs, bias and every installed unit; no output recurrence.
 *
 * <p>The row z(t) of "values" is the same vector the learner caches per pattern, and both paths use the same
 * summation order, so the frozen net reproduces the trained outputs exactly.
 */
public final class RccNetwork implements Network {
    private final int in;
    private final int out;
    private final int maxHidden;
    private final int cols;
    /** Hidden unit u's fan-in weights at [u * cols, u * cols + in + 1 + u). */
    private final double[] hiddenWeights;

    private final double[] selfWeights;
    /** Output k's weights at [k * cols, k * cols + cols). */
    private final double[] outputWeights;

    private final double[] values;
    private final double[] previous;
    private int hidden;
    private boolean diverged;

    public RccNetwork(int inputSize, int outputSize, int maxHidden) {
        if (inputSize < 1 || outputSize < 1 || maxHidden < 0) {
            throw new IllegalArgumentException(
                    "bad sizes: in=" + inputSize + " out=" + outputSize + " maxHidden=" + maxHidden);
        }
        this.in = inputSize;
        this.out = outputSize;
        this.maxHidden = maxHidden;
        this.cols = inputSize + 1 + maxHidden;
        this.hiddenWeights = new double[maxHidden * cols];
        this.selfWeights = new double[maxHidden];
        this.outputWeights = new double[outputSize * cols];
        this.values = new double[cols];
        this.previous = new double[maxHidden];
    }

    /** Symmetric sigmoid in [-0.5, 0.5]. */
    static double sigmoid(double x) {
        return Exp.logistic(x) - 0.5;
    }

    /** Its derivative from its value: 0.25 - f^2. */
    static double sigmoidPrime(double value) {
        return 0.25 - value * value;
    }

    static double logistic(double x) {
        return Exp.logistic(x);
    }

    /** Width of a values row: inputs, bias, every possible hidden unit. */
    int columns() {
        return cols;
    }

    /** Number of installed hidden units. */
    public int hiddenUnits() {
        return hidden;
    }

    int maxHidden() {
        return maxHidden;
    }

    /** Output k's weight row (live; the learner trains it in place). */
    double[] outputWeights() {
        return outputWeights;
    }

    /** A copy of unit u's frozen fan-in weights followed by its self weight. */
    double[] frozenUnit(int u) {
        double[] copy = Arrays.copyOf(Arrays.copyOfRange(hiddenWeights, u * cols, u * cols + in + 1 + u), in + 2 + u);
        copy[in + 1 + u] = selfWeights[u];
        return copy;
    }

    /**
     * Installs the next hidden unit, frozen from now on.
     *
     * @param fanIn  weights from inputs, bias and the earlier units, then the self weight ({@code in + 2 + u})
     * @param outWeights its initial weight into each output
     */
    void install(double[] fanIn, double[] outWeights) {
        if (hidden == maxHidden) {
            throw new IllegalStateException("all " + maxHidden + " hidden units are installed");
        }
        int u = hidden;
        System.arraycopy(fanIn, 0, hiddenWeights, u * cols, in + 1 + u);
        selfWeights[u] = fanIn[in + 1 + u];
        for (int k = 0; k < out; k++) {
            outputWeights[k * cols + in + 1 + u] = outWeights[k];
        }
        hidden++;
    }

    @Override
    public int inputSize() {
        return in;
    }

    @Override
    public int outputSize() {
        return out;
    }

    /** Installed fan-in and self weights plus the output weights in use. */
    @Override
    public int weightCount() {
        int count = out * (in + 1 + hidden);
        for (int u = 0; u < hidden; u++) {
            count += in + 2 + u;
        }
        return count;
    }

    @Override
    public void startSequence() {
        Arrays.fill(previous, 0.0);
        Arrays.fill(values, 0.0);
    }

    /**
     * Computes the values row z(t) (inputs, bias, installed hidden units) into {@code row[0..cols)}; advances
     * the hidden units' recurrent state.
     */
    void values(Sequence sequence, int t, double[] row) {
        int active = sequence.activeInput(t);
        if (active >= 0) {
            Arrays.fill(row, 0, in, 0.0);
            row[active] = 1.0;
        } else {
            System.arraycopy(sequence.inputs(), t * in, row, 0, in);
        }
        row[in] = 1.0;
        for (int u = 0; u < hidden; u++) {
            int base = u * cols;
            int fan = in + 1 + u;
            double net = 0.0;
            for (int j = 0; j < fan; j++) {
                net += hiddenWeights[base + j] * row[j];
            }
            net += selfWeights[u] * previous[u];
            double v = sigmoid(net);
            row[in + 1 + u] = v;
            previous[u] = v;
        }
    }

    /** Output k's activation for the values row at {@code row[offset..)} with the installed units. */
    double output(int k, double[] row, int offset) {
        int base = k * cols;
        int width = in + 1 + hidden;
        double net = 0.0;
        for (int j = 0; j < width; j++) {
            net += outputWeights[base + j] * row[offset + j];
        }
        return logistic(net);
    }

    @Override
    public void step(Sequence sequence, int t, double[] output, boolean learn) {
        values(sequence, t, values);
        for (int k = 0; k < out; k++) {
            double y = output(k, values, 0);
            output[k] = y;
            if (Double.isNaN(y)) {
                diverged = true;
            }
        }
    }

    @Override
    public void endSequence(boolean learn) {
        // RCC trains in epochs owned by RccLearner
    }

    @Override
    public boolean diverged() {
        return diverged;
    }
}
