package org.lstm97.baselines.elman;

import java.util.Arrays;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.math.Exp;

/**
 * Elman's simple recurrent net trained by Elman's procedure (Elman 1990; BASELINES.md Sec. 4.1).
 *
 * <p>Per step: the context units hold a copy of the hidden units of the previous step (fixed one-to-one links
 * of weight 1; {@code contextInit} at the start of a sequence); hidden {@code h_j = f(sum_i w_ji x_i + sum_c
 * w_jc c_c [+ b_j])}; outputs {@code y_k = f(sum_j w_kj h_j [+ b_k])}, f logistic. Learning is plain
 * back-propagation through this one step, the context treated as extra input (no error reaches earlier
 * steps): {@code theta_k = f'(y_k)(d_k - y_k)}, {@code theta_j = f'(h_j) sum_k w_kj theta_k},
 * {@code dw = alpha theta z + momentum dw_prev}, applied at once ("adjust connection strengths
 * incrementally").
 *
 * <p>Weights into hidden unit j: {@code [inputs m][context h][bias]}; into output k: {@code [hidden h][bias]}.
 */
final class ElmanNetwork implements Network {
    private final int m;
    private final int h;
    private final int k;
    private final int hiddenFanIn;
    private final int outputFanIn;
    private final int outputBase;
    private final int weightCount;
    private final boolean bias;
    private final double learningRate;
    private final double momentum;
    private final double contextInit;

    final double[] weights;
    private final double[] previousChange;
    private final double[] input;
    final double[] context;
    final double[] hidden;
    private final double[] output;
    private final double[] outputTheta;
    private final double[] hiddenTheta;
    private int lastActive = -1;
    private boolean diverged;

    ElmanNetwork(
            int inputs,
            int hiddenUnits,
            int outputs,
            boolean bias,
            double[] weights,
            double learningRate,
            double momentum,
            double contextInit) {
        this.m = inputs;
        this.h = hiddenUnits;
        this.k = outputs;
        this.bias = bias;
        int b = bias ? 1 : 0;
        this.hiddenFanIn = m + h + b;
        this.outputFanIn = h + b;
        this.outputBase = h * hiddenFanIn;
        this.weightCount = outputBase + k * outputFanIn;
        if (weights.length != weightCount) {
            throw new IllegalArgumentException("expected " + weightCount + " weights, got " + weights.length);
        }
        this.weights = weights;
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.contextInit = contextInit;
        this.previousChange = new double[weightCount];
        this.input = new double[m];
        this.context = new double[h];
        this.hidden = new double[h];
        this.output = new double[k];
        this.outputTheta = new double[k];
        this.hiddenTheta = new double[h];
    }

    /** h(m + h) + K h, plus h + K with biases: 15 hidden units, 7 in and out gives the paper's 435. */
    static int weightCount(int inputs, int hiddenUnits, int outputs, boolean bias) {
        int b = bias ? 1 : 0;
        return hiddenUnits * (inputs + hiddenUnits + b) + outputs * (hiddenUnits + b);
    }

    @Override
    public int inputSize() {
        return m;
    }

    @Override
    public int outputSize() {
        return k;
    }

    @Override
    public int weightCount() {
        return weightCount;
    }

    @Override
    public void startSequence() {
        Arrays.fill(input, 0.0);
        Arrays.fill(hidden, contextInit);
        lastActive = -1;
    }

    @Override
    public void step(Sequence sequence, int t, double[] out, boolean learn) {
        // (1) input; the hidden units of the previous step become the context (weight-1 copy links)
        System.arraycopy(hidden, 0, context, 0, h);
        int active = sequence.activeInput(t);
        if (active >= 0) {
            if (lastActive >= 0) {
                input[lastActive] = 0.0;
            }
            input[active] = 1.0;
            lastActive = active;
        } else {
            System.arraycopy(sequence.inputs(), t * m, input, 0, m);
        }
        // (2) input and context activate the hidden units, the hidden units the outputs
        double check = 0.0;
        for (int j = 0; j < h; j++) {
            int o = j * hiddenFanIn;
            double net;
            if (active >= 0) {
                net = weights[o + active];
            } else {
                net = 0.0;
                for (int i = 0; i < m; i++) {
                    net += weights[o + i] * input[i];
                }
            }
            for (int c = 0; c < h; c++) {
                net += weights[o + m + c] * context[c];
            }
            if (bias) {
                net += weights[o + m + h];
            }
            hidden[j] = Exp.logistic(net);
            check += net;
        }
        for (int q = 0; q < k; q++) {
            int o = outputBase + q * outputFanIn;
            double net = 0.0;
            for (int j = 0; j < h; j++) {
                net += weights[o + j] * hidden[j];
            }
            if (bias) {
                net += weights[o + h];
            }
            output[q] = Exp.logistic(net);
            out[q] = output[q];
            check += net;
        }
        if (Double.isNaN(check)) {
            diverged = true;
        }
        // (4) back-propagation through this step only, applied at once
        if (learn && sequence.hasTarget(t)) {
            learn(sequence, t, active);
        }
    }

    private void learn(Sequence sequence, int t, int active) {
        for (int q = 0; q < k; q++) {
            double y = output[q];
            outputTheta[q] = y * (1.0 - y) * (sequence.target(t, q) - y);
        }
        for (int j = 0; j < h; j++) {
            double sum = 0.0;
            for (int q = 0; q < k; q++) {
                sum += weights[outputBase + q * outputFanIn + j] * outputTheta[q];
            }
            hiddenTheta[j] = hidden[j] * (1.0 - hidden[j]) * sum;
        }
        double check = 0.0;
        for (int q = 0; q < k; q++) {
            int o = outputBase + q * outputFanIn;
            double theta = outputTheta[q];
            for (int j = 0; j < h; j++) {
                check += change(o + j, theta * hidden[j]);
            }
            if (bias) {
                check += change(o + h, theta);
            }
        }
        for (int j = 0; j < h; j++) {
            int o = j * hiddenFanIn;
            double theta = hiddenTheta[j];
            if (active >= 0 && momentum == 0.0) {
                check += change(o + active, theta);
            } else {
                for (int i = 0; i < m; i++) {
                    check += change(o + i, theta * input[i]);
                }
            }
            for (int c = 0; c < h; c++) {
                check += change(o + m + c, theta * context[c]);
            }
            if (bias) {
                check += change(o + m + h, theta);
            }
        }
        if (!Double.isFinite(check)) {
            diverged = true;
        }
    }

    /** dw = alpha * gradient + momentum * previous dw; returns the new weight. */
    private double change(int i, double gradient) {
        double dw = learningRate * gradient + momentum * previousChange[i];
        previousChange[i] = dw;
        weights[i] += dw;
        return weights[i];
    }

    @Override
    public void endSequence(boolean learn) {
        // weights already changed at every step
    }

    @Override
    public boolean diverged() {
        return diverged;
    }
}
