package org.lstm97.baselines.support.lstm;

import java.util.List;
import org.lstm97.core.lstm.BiasUnits;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.OutputActivation;

/**
 * One LSTM net of the later papers on the 1997 grid: memory blocks of {@code blockSize} cells sharing their
 * gates (Hochreiter &amp; Schmidhuber 1997, Sec. 4), optionally a forget gate per block (Gers, Schmidhuber &amp;
 * Cummins 2000) and peephole connections from each cell's state to its block's gates (Gers, Schraudolph &amp;
 * Schmidhuber 2002). Built by each learner module from its YAML parameters, which it has validated.
 *
 * @param inputs          input units I
 * @param outputs         output units K
 * @param blocks          memory blocks B
 * @param blockSize       cells per block S
 * @param forgetGate      a forget gate per block, always with a bias weight
 * @param peepholes       weights from s_c to the input and forget gates (s(t−1)) and the output gate (s(t))
 * @param outputGates     false: y^out ≡ 1 (the 1997 Exp. 2a/2b nets)
 * @param recurrence      which hidden activations of t−1 the cells and gates read (unused with connectivity B)
 * @param connectivity    F: outputs read the cells; B: outputs also read the inputs, hidden units only the inputs
 * @param bias            which unit types have a bias weight (Table 10 "bias"); forget gates always have one
 * @param g               the cell-input squash
 * @param h               the cell-state squash
 * @param output          the output units' activation
 * @param initRange       every weight uniform in [−r, r)
 * @param inputGateBias   per block, overrides the drawn input-gate bias (null: drawn); needs {@code bias.gates()}
 * @param outputGateBias  per block, overrides the drawn output-gate bias (null: drawn); needs {@code bias.gates()}
 * @param forgetGateBias  every forget gate's initial bias (null: drawn like other weights)
 */
public record BlockLstmSpec(
        int inputs,
        int outputs,
        int blocks,
        int blockSize,
        boolean forgetGate,
        boolean peepholes,
        boolean outputGates,
        Recurrence recurrence,
        Connectivity connectivity,
        BiasUnits bias,
        Squash g,
        Squash h,
        OutputActivation output,
        double initRange,
        List<Double> inputGateBias,
        List<Double> outputGateBias,
        Double forgetGateBias) {

    public BlockLstmSpec {
        if (inputs < 1 || outputs < 1 || blocks < 1 || blockSize < 1) {
            throw new IllegalArgumentException("inputs, outputs, blocks and blockSize must be >= 1: " + inputs + ", "
                    + outputs + ", " + blocks + ", " + blockSize);
        }
        if (inputGateBias != null && inputGateBias.size() != blocks
                || outputGateBias != null && outputGateBias.size() != blocks) {
            throw new IllegalArgumentException("gate biases need one value per block (" + blocks + ")");
        }
        inputGateBias = inputGateBias == null ? null : List.copyOf(inputGateBias);
        outputGateBias = outputGateBias == null ? null : List.copyOf(outputGateBias);
    }

    /** Cells C = B·S. */
    public int cells() {
        return blocks * blockSize;
    }
}
