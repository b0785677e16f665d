package org.lstm97.baselines.support.lstm;

import java.util.List;
import org.lstm97.core.lstm.BiasUnits;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.OutputActivation;

/** A mutable builder of {@link BlockLstmSpec} for tests (every field has the lstm-forget default). */
final class Specs {
    int inputs;
    int outputs;
    int blocks;
    int blockSize;
    boolean forgetGate = true;
    boolean peepholes;
    boolean outputGates = true;
    Recurrence recurrence = Recurrence.ALL_UNITS;
    Connectivity connectivity = Connectivity.F;
    BiasUnits bias = BiasUnits.ALL;
    Squash g = Squash.SYMMETRIC_2;
    Squash h = Squash.SYMMETRIC_1;
    OutputActivation output = OutputActivation.LOGISTIC;
    double initRange = 0.1;
    List<Double> inputGateBias;
    List<Double> outputGateBias;
    Double forgetGateBias = 1.0;

    Specs(int inputs, int outputs, int blocks, int blockSize) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.blocks = blocks;
        this.blockSize = blockSize;
    }

    BlockLstmSpec build() {
        return new BlockLstmSpec(
                inputs,
                outputs,
                blocks,
                blockSize,
                forgetGate,
                peepholes,
                outputGates,
                recurrence,
                connectivity,
                bias,
                g,
                h,
                output,
                initRange,
                inputGateBias,
                outputGateBias,
                forgetGateBias);
    }

    BlockLstmLayout layout() {
        return new BlockLstmLayout(build());
    }

    Specs forget(boolean on) {
        forgetGate = on;
        return this;
    }

    Specs peepholes(boolean on) {
        peepholes = on;
        return this;
    }

    Specs bias(BiasUnits units) {
        bias = units;
        return this;
    }

    Specs recurrence(Recurrence r) {
        recurrence = r;
        return this;
    }

    Specs connectivity(Connectivity c) {
        connectivity = c;
        return this;
    }

    Specs outputGates(boolean on) {
        outputGates = on;
        return this;
    }

    Specs squash(Squash cellInput, Squash cellState) {
        g = cellInput;
        h = cellState;
        return this;
    }

    Specs output(OutputActivation o) {
        output = o;
        return this;
    }

    Specs initRange(double r) {
        initRange = r;
        return this;
    }
}
