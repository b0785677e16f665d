package org.lstm97.baselines.gru;

import java.util.random.RandomGenerator;
import org.lstm97.core.random.Draws;

/**
 * Flat positions of a GRU net's weights. Rows, each over the source [x(t) (I), h(t−1) (n), 1] of width
 * {@code G = I + n + 1}: the n reset gates, the n update gates, the n candidate units (whose recurrent columns read
 * r ⊙ h(t−1)). Then the output rows over [h(t) (n), x(t) (I, connectivity B only), 1]. Without biases the rows
 * stop one column early (the bias slot exists but is never a weight).
 */
final class GruLayout {
    final int inputs;
    final int units;
    final int outputs;
    final boolean bias;
    final boolean outputsReadInputs;
    final int width;
    final int rowLength;
    final int outputOffset;
    final int outputWidth;
    final int outputRowLength;

    GruLayout(int inputs, int units, int outputs, boolean bias, boolean outputsReadInputs) {
        this.inputs = inputs;
        this.units = units;
        this.outputs = outputs;
        this.bias = bias;
        this.outputsReadInputs = outputsReadInputs;
        this.width = inputs + units + 1;
        this.rowLength = width - (bias ? 0 : 1);
        this.outputOffset = 3 * units * width;
        this.outputWidth = units + (outputsReadInputs ? inputs : 0) + 1;
        this.outputRowLength = outputWidth - (bias ? 0 : 1);
    }

    int resetRow(int j) {
        return j * width;
    }

    int updateRow(int j) {
        return (units + j) * width;
    }

    int candidateRow(int j) {
        return (2 * units + j) * width;
    }

    int outputRow(int k) {
        return outputOffset + k * outputWidth;
    }

    int arrayLength() {
        return outputOffset + outputs * outputWidth;
    }

    /** 3n(I + n + b) + K(n + [I] + b): Cho et al.'s W, U (and biases) for r, z and h̃, and the output layer. */
    int weightCount() {
        return 3 * units * rowLength + outputs * outputRowLength;
    }

    boolean isWeight(int index) {
        if (index < outputOffset) {
            return index % width < rowLength;
        }
        return (index - outputOffset) % outputWidth < outputRowLength;
    }

    /** Every weight uniform in [−range, range), in flat order; then the update gates' biases, when given. */
    double[] initialWeights(double range, Double updateGateBias, RandomGenerator random) {
        double[] w = new double[arrayLength()];
        for (int i = 0; i < w.length; i++) {
            if (isWeight(i)) {
                w[i] = Draws.uniform(random, -range, range);
            }
        }
        if (updateGateBias != null && bias) {
            for (int j = 0; j < units; j++) {
                w[updateRow(j) + width - 1] = updateGateBias;
            }
        }
        return w;
    }
}
