package org.lstm97.baselines.peephole;

import java.util.List;
import org.lstm97.baselines.support.lstm.BlockLstmSpec;
import org.lstm97.baselines.support.lstm.ParamChecks;
import org.lstm97.baselines.support.lstm.Recurrence;
import org.lstm97.baselines.support.lstm.Squash;
import org.lstm97.baselines.support.optim.Optimizer;
import org.lstm97.baselines.support.optim.OptimizerSettings;
import org.lstm97.core.lstm.BiasUnits;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.GradientMode;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.lstm.UpdateTiming;
import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/**
 * Parameters of {@code lstm-peephole}: the 1997 net of a table row (the keys and defaults of {@code lstm1997}) plus
 * a forget gate per block and peephole weights from every cell's state to its block's gates; the forget-gate bias
 * initialisation, the gradient and the optimizer.
 */
public record PeepholeParams(
        @Param(doc = "memory cell blocks (Table 10 'b')") int blocks,
        @Param(doc = "cells per block (Table 10 's')") int blockSize,

        @Param(doc = "learning rate alpha (the 1997 row's; with optimizer adam, Adam's step size)")
        double learningRate,

        @Param(doc = "weights drawn uniformly from [-r, r] (Table 11 'interval')", value = "0.1")
        double initRange,

        @Param(
                doc = "cell input squashing g: logistic | symmetric-1 | symmetric-2 | tanh | identity",
                value = "symmetric-2")
        Squash g,

        @Param(
                doc = "cell state squashing h: logistic | symmetric-1 | symmetric-2 | tanh | identity",
                value = "symmetric-1")
        Squash h,

        @Param(doc = "output-unit activation: logistic | linear", value = "logistic")
        OutputActivation outputActivation,

        @Param(
                doc = "F: outputs read cells only; B: outputs also read inputs, hidden units read inputs only",
                value = "F")
        Connectivity connectivity,

        @Param(
                doc = "biased unit types: none | ga (gates) | b1 (all hidden) | all (all non-input); forget gates "
                        + "always have a bias",
                value = "ga")
        BiasUnits bias,

        @Param(doc = "initial input-gate bias per block; null = random like other weights", value = "null")
        List<Double> inputGateBias,

        @Param(doc = "initial output-gate bias per block; null = random like other weights", value = "null")
        List<Double> outputGateBias,

        @Param(
                doc = "initial bias of every forget gate, positive so it starts open (Gers et al. 2000): 5 keeps half "
                        + "a state over 100 steps; null = random like other weights",
                value = "5.0")
        Double forgetGateBias,

        @Param(doc = "false removes the output gates (y_out = 1, Exp. 2a/2b)", value = "true")
        boolean outputGates,

        @Param(
                doc = "truncated (Gers et al. 2002's rule: Gers et al. 2000's with peepholes as gate inputs) | full "
                        + "(exact gradient by BPTT)",
                value = "truncated")
        GradientMode gradient,

        @Param(doc = "when weights change: per-sequence | per-step (truncated only)", value = "per-sequence")
        UpdateTiming update,

        @Param(
                doc = "sgd (plain gradient descent, the paper's rule) | adam (gradient full only; not in the paper)",
                value = "sgd")
        Optimizer optimizer,

        @Param(doc = "Adam's beta1", value = "0.9") double adamBeta1,
        @Param(doc = "Adam's beta2", value = "0.999") double adamBeta2,
        @Param(doc = "Adam's epsilon", value = "1.0e-8") double adamEpsilon) {

    public PeepholeParams {
        ParamChecks.atLeastOne("blocks", blocks);
        ParamChecks.atLeastOne("blockSize", blockSize);
        ParamChecks.rateAndRange(learningRate, initRange);
        ParamChecks.given("g", g);
        ParamChecks.given("h", h);
        ParamChecks.given("outputActivation", outputActivation);
        ParamChecks.given("connectivity", connectivity);
        ParamChecks.given("bias", bias);
        ParamChecks.given("gradient", gradient);
        ParamChecks.given("update", update);
        inputGateBias = ParamChecks.perUnit("inputGateBias", inputGateBias, blocks, "block");
        outputGateBias = ParamChecks.perUnit("outputGateBias", outputGateBias, blocks, "block");
        ParamChecks.gateBiases(inputGateBias, outputGateBias, bias, outputGates);
        ParamChecks.finiteOrNull("forgetGateBias", forgetGateBias);
        if (gradient == GradientMode.FULL && update == UpdateTiming.PER_STEP) {
            throw new ParamException(
                    "update", "update 'per-step' needs gradient 'truncated' (BPTT runs over the " + "whole sequence)");
        }
        if (optimizer == Optimizer.ADAM && gradient != GradientMode.FULL) {
            throw new ParamException("optimizer", "optimizer 'adam' needs gradient 'full'");
        }
        new OptimizerSettings(optimizer, learningRate, adamBeta1, adamBeta2, adamEpsilon);
    }

    /** The defaults of every optional parameter, for code and tests. */
    public static PeepholeParams of(int blocks, int blockSize, double learningRate) {
        return new PeepholeParams(
                blocks,
                blockSize,
                learningRate,
                0.1,
                Squash.SYMMETRIC_2,
                Squash.SYMMETRIC_1,
                OutputActivation.LOGISTIC,
                Connectivity.F,
                BiasUnits.GA,
                null,
                null,
                5.0,
                true,
                GradientMode.TRUNCATED,
                UpdateTiming.PER_SEQUENCE,
                Optimizer.SGD,
                0.9,
                0.999,
                1e-8);
    }

    public OptimizerSettings optimizerSettings() {
        return new OptimizerSettings(optimizer, learningRate, adamBeta1, adamBeta2, adamEpsilon);
    }

    /** The net for a task with {@code inputs} and {@code outputs} units: the 1997 net, forget gates, peepholes. */
    public BlockLstmSpec spec(int inputs, int outputs) {
        return new BlockLstmSpec(
                inputs,
                outputs,
                blocks,
                blockSize,
                true,
                true,
                outputGates,
                Recurrence.ALL_UNITS,
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
