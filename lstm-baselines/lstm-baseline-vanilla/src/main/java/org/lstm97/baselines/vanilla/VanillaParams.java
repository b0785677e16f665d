package org.lstm97.baselines.vanilla;

import java.util.List;
import org.lstm97.baselines.support.lstm.BlockLstmSpec;
import org.lstm97.baselines.support.lstm.ParamChecks;
import org.lstm97.baselines.support.lstm.Recurrence;
import org.lstm97.baselines.support.lstm.Squash;
import org.lstm97.baselines.support.optim.Optimizer;
import org.lstm97.baselines.support.optim.OptimizerSettings;
import org.lstm97.core.lstm.BiasUnits;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.plugin.Param;

/**
 * Parameters of {@code lstm-vanilla}: Greff et al.'s vanilla LSTM, one cell per block with its own input, forget
 * and output gates, peepholes, tanh squashes, recurrence from the cell outputs, full BPTT. On the 1997 grid a row
 * gives it as many cells as the 1997 net of the row has.
 */
public record VanillaParams(
        @Param(doc = "LSTM cells, each with its own gates (the 1997 row's blocks x blockSize)")
        int cells,

        @Param(doc = "learning rate alpha (with optimizer adam, Adam's step size)")
        double learningRate,

        @Param(doc = "weights drawn uniformly from [-r, r]", value = "0.1")
        double initRange,

        @Param(doc = "cell input squashing g (Greff et al.: tanh)", value = "tanh")
        Squash g,

        @Param(doc = "cell output squashing h (Greff et al.: tanh)", value = "tanh")
        Squash h,

        @Param(doc = "output-unit activation: logistic | linear", value = "logistic")
        OutputActivation outputActivation,

        @Param(
                doc = "F: outputs read the cells; B: outputs also read the inputs, cells and gates only the inputs",
                value = "F")
        Connectivity connectivity,

        @Param(
                doc = "biased unit types: none | ga | b1 | all (Greff et al.: all); forget gates always have one",
                value = "all")
        BiasUnits bias,

        @Param(doc = "initial input-gate bias per cell; null = random like other weights", value = "null")
        List<Double> inputGateBias,

        @Param(doc = "initial output-gate bias per cell; null = random like other weights", value = "null")
        List<Double> outputGateBias,

        @Param(
                doc = "initial bias of every forget gate, positive so it starts open (as lstm-forget); null = random "
                        + "like other weights",
                value = "5.0")
        Double forgetGateBias,

        @Param(doc = "sgd (plain gradient descent, the 1997 paper's rule) | adam (not in either paper)", value = "sgd")
        Optimizer optimizer,

        @Param(doc = "Adam's beta1", value = "0.9") double adamBeta1,
        @Param(doc = "Adam's beta2", value = "0.999") double adamBeta2,
        @Param(doc = "Adam's epsilon", value = "1.0e-8") double adamEpsilon) {

    public VanillaParams {
        ParamChecks.atLeastOne("cells", cells);
        ParamChecks.rateAndRange(learningRate, initRange);
        ParamChecks.given("g", g);
        ParamChecks.given("h", h);
        ParamChecks.given("outputActivation", outputActivation);
        ParamChecks.given("connectivity", connectivity);
        ParamChecks.given("bias", bias);
        inputGateBias = ParamChecks.perUnit("inputGateBias", inputGateBias, cells, "cell");
        outputGateBias = ParamChecks.perUnit("outputGateBias", outputGateBias, cells, "cell");
        ParamChecks.gateBiases(inputGateBias, outputGateBias, bias, true);
        ParamChecks.finiteOrNull("forgetGateBias", forgetGateBias);
        new OptimizerSettings(optimizer, learningRate, adamBeta1, adamBeta2, adamEpsilon);
    }

    /** The defaults of every optional parameter, for code and tests. */
    public static VanillaParams of(int cells, double learningRate) {
        return new VanillaParams(
                cells,
                learningRate,
                0.1,
                Squash.TANH,
                Squash.TANH,
                OutputActivation.LOGISTIC,
                Connectivity.F,
                BiasUnits.ALL,
                null,
                null,
                5.0,
                Optimizer.SGD,
                0.9,
                0.999,
                1e-8);
    }

    public OptimizerSettings optimizerSettings() {
        return new OptimizerSettings(optimizer, learningRate, adamBeta1, adamBeta2, adamEpsilon);
    }

    /** {@code cells} blocks of one cell, forget gates, peepholes, recurrence from the cell outputs. */
    public BlockLstmSpec spec(int inputs, int outputs) {
        return new BlockLstmSpec(
                inputs,
                outputs,
                cells,
                1,
                true,
                true,
                true,
                Recurrence.CELL_OUTPUTS,
                connectivity,
                bias,
                g,
                h,
                outputActivation,
                initRange,
                inputGateBias,
                outputGateBias,
                forgetGateBias);
    }
}
