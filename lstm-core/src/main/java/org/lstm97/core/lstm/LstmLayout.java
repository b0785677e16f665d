package org.lstm97.core.lstm;

import java.util.random.RandomGenerator;
import org.lstm97.core.random.Draws;

/**
 * Sizes and flat-array positions of one 1997 LSTM net (PAPER.md §1.2, §1.7, §1.9).
 *
 * <p><b>Hidden units</b>, in this order: the C·S cells (block-major), the C input gates, the C output gates (if
 * any), the H conventional hidden units. Each reads the <b>source vector</b> z(t) = [x(t) (I values),
 * y_hidden(t−1) (R values, the hidden units in the order above; R = 0 for connectivity B), 1 (bias)] of width
 * {@code Z = I + R + 1}. A unit type without a bias simply stops one column early: its row uses the first
 * {@code Z − 1} columns, so the bias column is always {@code Z − 1}.
 *
 * <p><b>Output units</b> read [cell outputs y^c(t) (C·S), hidden units y^i(t) (H), x(t) (I, connectivity B only),
 * 1] of width {@code O}; without an output bias the rows use the first {@code O − 1} columns.
 *
 * <p>All weights live in one flat array: hidden rows (stride Z) first, then output rows (stride O). Weights of
 * unused bias columns exist in the array but are always 0 and never counted or changed.
 */
public final class LstmLayout {
    private final int inputs;
    private final int outputs;
    private final int blocks;
    private final int blockSize;
    private final int cells;
    private final int outputGates;
    private final int hiddenUnits;
    private final int hiddenRows;
    private final int recurrent;
    private final int sourceWidth;
    private final int cellRowLength;
    private final int gateRowLength;
    private final int hiddenRowLength;
    private final int outputSourceWidth;
    private final int outputRowLength;
    private final int outputInputColumn;
    private final boolean connectivityB;

    public LstmLayout(LstmParams p, int inputs, int outputs) {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("inputs and outputs must be >= 1: " + inputs + ", " + outputs);
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.blocks = p.blocks();
        this.blockSize = p.blockSize();
        this.cells = blocks * blockSize;
        this.outputGates = p.outputGates() ? blocks : 0;
        this.hiddenUnits = p.hiddenUnits();
        this.hiddenRows = cells + blocks + outputGates + hiddenUnits;
        this.connectivityB = p.connectivity() == Connectivity.B;
        this.recurrent = connectivityB ? 0 : hiddenRows;
        this.sourceWidth = inputs + recurrent + 1;
        this.cellRowLength = inputs + recurrent + (p.bias().cellsAndHidden() ? 1 : 0);
        this.gateRowLength = inputs + recurrent + (p.bias().gates() ? 1 : 0);
        this.hiddenRowLength = cellRowLength;
        this.outputInputColumn = cells + hiddenUnits;
        this.outputSourceWidth = cells + hiddenUnits + (connectivityB ? inputs : 0) + 1;
        this.outputRowLength = outputSourceWidth - 1 + (p.bias().outputs() ? 1 : 0);
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    public int blocks() {
        return blocks;
    }

    public int blockSize() {
        return blockSize;
    }

    /** C·S. */
    public int cells() {
        return cells;
    }

    public boolean hasOutputGates() {
        return outputGates > 0;
    }

    /** Conventional hidden units H. */
    public int hiddenUnits() {
        return hiddenUnits;
    }

    /** Cells + input gates + output gates + conventional hidden units. */
    public int hiddenRows() {
        return hiddenRows;
    }

    /** R: hidden activations in the source vector (0 for connectivity B). */
    public int recurrent() {
        return recurrent;
    }

    public boolean connectivityB() {
        return connectivityB;
    }

    /** Z = I + R + 1. */
    public int sourceWidth() {
        return sourceWidth;
    }

    public int biasColumn() {
        return sourceWidth - 1;
    }

    public int cellRowLength() {
        return cellRowLength;
    }

    public int gateRowLength() {
        return gateRowLength;
    }

    public int hiddenRowLength() {
        return hiddenRowLength;
    }

    /** O. */
    public int outputSourceWidth() {
        return outputSourceWidth;
    }

    public int outputRowLength() {
        return outputRowLength;
    }

    /** First output-source column of the inputs (connectivity B). */
    public int outputInputColumn() {
        return outputInputColumn;
    }

    /** Hidden-unit index of cell v of block j (also its position among the recurrent sources). */
    public int cellUnit(int j, int v) {
        return j * blockSize + v;
    }

    public int inputGateUnit(int j) {
        return cells + j;
    }

    /** Only when {@link #hasOutputGates()}. */
    public int outputGateUnit(int j) {
        return cells + blocks + j;
    }

    public int hiddenUnit(int i) {
        return cells + blocks + outputGates + i;
    }

    /** Flat offset of the weight row of hidden unit {@code unit}. */
    public int hiddenRowOffset(int unit) {
        return unit * sourceWidth;
    }

    /** Flat offset of the weight row of output unit {@code k}. */
    public int outputRowOffset(int k) {
        return hiddenRows * sourceWidth + k * outputSourceWidth;
    }

    /** Length of the flat weight array (unused bias slots included). */
    public int arrayLength() {
        return hiddenRows * sourceWidth + outputs * outputSourceWidth;
    }

    /** Row length (columns in use) of hidden unit {@code unit}. */
    public int rowLength(int unit) {
        if (unit < cells) {
            return cellRowLength;
        }
        if (unit < cells + blocks + outputGates) {
            return gateRowLength;
        }
        return hiddenRowLength;
    }

    /** Trainable weights, counted as the paper counts them (the fixed CEC self-weight is not a weight). */
    public int weightCount() {
        return cells * cellRowLength
                + (blocks + outputGates) * gateRowLength
                + hiddenUnits * hiddenRowLength
                + outputs * outputRowLength;
    }

    /** Whether flat index {@code index} holds a trainable weight (false for unused bias slots). */
    public boolean isWeight(int index) {
        int hiddenEnd = hiddenRows * sourceWidth;
        if (index < hiddenEnd) {
            return index % sourceWidth < rowLength(index / sourceWidth);
        }
        return (index - hiddenEnd) % outputSourceWidth < outputRowLength;
    }

    /** Units of block {@code j}: its cells, its gates. */
    public boolean belongsToBlock(int unit, int j) {
        return (unit >= j * blockSize && unit < (j + 1) * blockSize)
                || unit == inputGateUnit(j)
                || (outputGates > 0 && unit == outputGateUnit(j));
    }

    /**
     * Fresh weights: every trainable weight uniform in [−r, r), drawn in flat-array order; then the given
     * per-block gate biases overwrite the drawn ones (PAPER.md §2, Table 10 "ogb"/"igb"). With
     * {@code inputGateBiasRange} R (PAPER.md U5), the input-gate biases are drawn again, uniform in [−R, R), one
     * per block in block order, after every other weight, so every other weight is the same as without it.
     */
    public double[] initialWeights(LstmParams p, RandomGenerator random) {
        double[] w = new double[arrayLength()];
        double r = p.initRange();
        for (int i = 0; i < w.length; i++) {
            if (isWeight(i)) {
                w[i] = Draws.uniform(random, -r, r);
            }
        }
        if (p.inputGateBiasRange() != null && gateRowLength == sourceWidth) {
            double range = p.inputGateBiasRange();
            for (int j = 0; j < blocks; j++) {
                w[hiddenRowOffset(inputGateUnit(j)) + biasColumn()] = Draws.uniform(random, -range, range);
            }
        }
        if (p.inputGateBias() != null && gateRowLength == sourceWidth) {
            for (int j = 0; j < blocks; j++) {
                w[hiddenRowOffset(inputGateUnit(j)) + biasColumn()] =
                        p.inputGateBias().get(j);
            }
        }
        if (p.outputGateBias() != null && gateRowLength == sourceWidth && outputGates > 0) {
            for (int j = 0; j < blocks; j++) {
                w[hiddenRowOffset(outputGateUnit(j)) + biasColumn()] =
                        p.outputGateBias().get(j);
            }
        }
        return w;
    }
}
