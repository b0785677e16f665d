package org.lstm97.baselines.gru;

import java.util.random.RandomGenerator;
import org.lstm97.core.random.Draws;

/**
 * Flat positions of a GRU net's weights. Rows, each over the source [x(t) (I), h(t−1) (n), 1] of width
 * {@code G = I + n + 1}: the n reset gates, the n update gates, the n candidate units (whose recurrent columns read
 * r ⊙ h(t−1)). Then the output rows over [h(t) (n), x(t) (I, connectivity B only), 1]. Without biases the rows
 * stop one column early (the bias slot exists but is never a weight); the update gates may keep theirs alone.
 */
final class GruLayout {
    final int inputs;
    final int units;
    final int outputs;
    final boolean bias;
    /** Whether the update gates have a bias weight: {@code bias}, or an initial update-gate bias was given. */
    final boolean updateBias;

    final boolean outputsReadInputs;
    final int width;
    final int outputOffset;
    final int outputWidth;
    final int outputRowLength;

    GruLayout(int inputs, int units, int outputs, boolean bias, boolean updateBias, boolean outputsReadInputs) {
        this.inputs = inputs;
        this.units = units;
        this.outputs = outputs;
        this.bias = bias;
        this.updateBias = bias || updateBias;
        this.outputsReadInputs = outputsReadInputs;
        this.width = inputs + units + 1;
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

    /** Whether the row starting at {@code off} (a hidden row) has a bias weight. */
    boolean rowHasBias(int off) {
        return off / width >= units && off / width < 2 * units ? updateBias : bias;
    }

    /** 3n(I + n) + n(b + b_z + b) + K(n + [I] + b): Cho et al.'s W, U (and biases) for r, z and h̃, the outputs. */
    int weightCount() {
        int biases = units * ((bias ? 2 : 0) + (updateBias ? 1 : 0));
        return 3 * units * (inputs + units) + biases + outputs * outputRowLength;
    }

    boolean isWeight(int index) {
        if (index < outputOffset) {
            int column = index % width;
            return column < width - 1 || rowHasBias(index - column);
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
        if (updateGateBias != null) {
            for (int j = 0; j < units; j++) {
                w[updateRow(j) + width - 1] = updateGateBias;
            }
        }
        return w;
    }
}
