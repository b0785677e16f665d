package org.lstm97.baselines.support.lstm;

import java.util.random.RandomGenerator;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.random.Draws;

/**
 * Sizes and flat-array positions of a {@link BlockLstmSpec} net, in the conventions of the 1997 net's layout
 * ({@code org.lstm97.core.lstm.LstmLayout}) so that without forget gates and peepholes it is that net.
 *
 * <p><b>Hidden units</b>, in this order: the C cells (block-major), the B input gates, the B forget gates (if
 * any), the B output gates (if any). Each reads the <b>source vector</b> z(t) = [x(t) (I), the recurrent
 * activations of t−1 (R), 1] of width {@code Z = I + R + 1}, where R is every hidden unit (recurrence
 * {@code ALL_UNITS}), the C cell outputs ({@code CELL_OUTPUTS}) or nothing (connectivity B). A unit type without a
 * bias uses only the first {@code Z − 1} columns; forget gates always use all Z.
 *
 * <p>The flat weight array holds the hidden rows (stride Z), then the peephole section (3C slots: input-gate
 * peepholes of every cell, then forget-gate, then output-gate peepholes; a slot is a weight only if that gate and
 * peepholes exist), then the output rows: [cell outputs (C), x(t) (I, connectivity B only), 1] of stride O.
 */
public final class BlockLstmLayout {
    private final BlockLstmSpec spec;
    private final int inputs;
    private final int outputs;
    private final int blocks;
    private final int blockSize;
    private final int cells;
    private final int forgetGates;
    private final int outputGates;
    private final int hiddenRows;
    private final int recurrent;
    private final int sourceWidth;
    private final int cellRowLength;
    private final int gateRowLength;
    private final int peepholeOffset;
    private final int outputOffset;
    private final int outputSourceWidth;
    private final int outputRowLength;

    public BlockLstmLayout(BlockLstmSpec spec) {
        this.spec = spec;
        this.inputs = spec.inputs();
        this.outputs = spec.outputs();
        this.blocks = spec.blocks();
        this.blockSize = spec.blockSize();
        this.cells = spec.cells();
        this.forgetGates = spec.forgetGate() ? blocks : 0;
        this.outputGates = spec.outputGates() ? blocks : 0;
        this.hiddenRows = cells + blocks + forgetGates + outputGates;
        boolean b = spec.connectivity() == Connectivity.B;
        this.recurrent = b ? 0 : spec.recurrence() == Recurrence.ALL_UNITS ? hiddenRows : cells;
        this.sourceWidth = inputs + recurrent + 1;
        this.cellRowLength = inputs + recurrent + (spec.bias().cellsAndHidden() ? 1 : 0);
        this.gateRowLength = inputs + recurrent + (spec.bias().gates() ? 1 : 0);
        this.peepholeOffset = hiddenRows * sourceWidth;
        this.outputOffset = peepholeOffset + 3 * cells;
        this.outputSourceWidth = cells + (b ? inputs : 0) + 1;
        this.outputRowLength = outputSourceWidth - 1 + (spec.bias().outputs() ? 1 : 0);
    }

    public BlockLstmSpec spec() {
        return spec;
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

    public int cells() {
        return cells;
    }

    public boolean hasForgetGates() {
        return forgetGates > 0;
    }

    public boolean hasOutputGates() {
        return outputGates > 0;
    }

    public boolean hasPeepholes() {
        return spec.peepholes();
    }

    public int hiddenRows() {
        return hiddenRows;
    }

    /** R: recurrent sources in z (0 for connectivity B). */
    public int recurrent() {
        return recurrent;
    }

    /** Z = I + R + 1. */
    public int sourceWidth() {
        return sourceWidth;
    }

    public int cellRowLength() {
        return cellRowLength;
    }

    /** Row length of input and output gates; forget gates use {@link #sourceWidth()}. */
    public int gateRowLength() {
        return gateRowLength;
    }

    public int cellUnit(int j, int v) {
        return j * blockSize + v;
    }

    public int inputGateUnit(int j) {
        return cells + j;
    }

    /** Only when {@link #hasForgetGates()}. */
    public int forgetGateUnit(int j) {
        return cells + blocks + j;
    }

    /** Only when {@link #hasOutputGates()}. */
    public int outputGateUnit(int j) {
        return cells + blocks + forgetGates + j;
    }

    /** Row length (columns in use) of hidden unit {@code unit}. */
    public int rowLength(int unit) {
        if (unit < cells) {
            return cellRowLength;
        }
        if (forgetGates > 0 && unit >= cells + blocks && unit < cells + blocks + forgetGates) {
            return sourceWidth;
        }
        return gateRowLength;
    }

    public int hiddenRowOffset(int unit) {
        return unit * sourceWidth;
    }

    /** Flat index of the peephole from cell c to its block's input gate. */
    public int inputPeephole(int c) {
        return peepholeOffset + c;
    }

    public int forgetPeephole(int c) {
        return peepholeOffset + cells + c;
    }

    public int outputPeephole(int c) {
        return peepholeOffset + 2 * cells + c;
    }

    /** O = C + (I for connectivity B) + 1. */
    public int outputSourceWidth() {
        return outputSourceWidth;
    }

    public int outputRowLength() {
        return outputRowLength;
    }

    /** First output-source column of the inputs (connectivity B): C. */
    public int outputInputColumn() {
        return cells;
    }

    public int outputRowOffset(int k) {
        return outputOffset + k * outputSourceWidth;
    }

    /** Length of the flat weight array, unused slots included. */
    public int arrayLength() {
        return outputOffset + outputs * outputSourceWidth;
    }

    /** Trainable weights, counted as the paper counts them (the CEC self-weight is not a weight). */
    public int weightCount() {
        int count = 0;
        for (int u = 0; u < hiddenRows; u++) {
            count += rowLength(u);
        }
        if (spec.peepholes()) {
            count += cells * (1 + (forgetGates > 0 ? 1 : 0) + (outputGates > 0 ? 1 : 0));
        }
        return count + outputs * outputRowLength;
    }

    /** Whether flat index {@code index} is a trainable weight. */
    public boolean isWeight(int index) {
        if (index < peepholeOffset) {
            return index % sourceWidth < rowLength(index / sourceWidth);
        }
        if (index < outputOffset) {
            if (!spec.peepholes()) {
                return false;
            }
            int section = (index - peepholeOffset) / cells;
            return section == 0 || section == 1 && forgetGates > 0 || section == 2 && outputGates > 0;
        }
        return (index - outputOffset) % outputSourceWidth < outputRowLength;
    }

    /**
     * Fresh weights: every trainable weight uniform in [−r, r), drawn in flat-array order; then the given gate
     * biases overwrite the drawn ones (input and output gates only when their unit type has a bias).
     */
    public double[] initialWeights(RandomGenerator random) {
        double[] w = new double[arrayLength()];
        double r = spec.initRange();
        for (int i = 0; i < w.length; i++) {
            if (isWeight(i)) {
                w[i] = Draws.uniform(random, -r, r);
            }
        }
        int biasColumn = sourceWidth - 1;
        boolean gateBias = gateRowLength == sourceWidth;
        for (int j = 0; j < blocks; j++) {
            if (spec.inputGateBias() != null && gateBias) {
                w[hiddenRowOffset(inputGateUnit(j)) + biasColumn] =
                        spec.inputGateBias().get(j);
            }
            if (spec.outputGateBias() != null && gateBias && outputGates > 0) {
                w[hiddenRowOffset(outputGateUnit(j)) + biasColumn] =
                        spec.outputGateBias().get(j);
            }
            if (spec.forgetGateBias() != null && forgetGates > 0) {
                w[hiddenRowOffset(forgetGateUnit(j)) + biasColumn] = spec.forgetGateBias();
            }
        }
        return w;
    }
}
