package org.lstm97.core.lstm;

import java.util.List;
import java.util.Locale;
import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/**
 * Parameters of the {@code lstm1997} learner: one row of Table 10 plus the choices PAPER.md leaves open.
 *
 * <p>Validated once here; the network trusts them.
 */
public record LstmParams(
        @Param(doc = "number of memory cell blocks (Table 10 'b')")
        int blocks,

        @Param(doc = "cells per block (Table 10 's')") int blockSize,

        @Param(doc = "learning rate alpha of eqs (22), (26), (28)")
        double learningRate,

        @Param(doc = "weights drawn uniformly from [-r, r] (Table 11 'interval')", value = "0.1")
        double initRange,

        @Param(
                doc = "cell input squashing g: logistic | symmetric-1 (2s-1) | symmetric-2 (4s-2) | identity",
                value = "symmetric-2")
        Squash g,

        @Param(
                doc = "cell state squashing h: logistic | symmetric-1 (2s-1) | symmetric-2 (4s-2) | identity",
                value = "symmetric-1")
        Squash h,

        @Param(doc = "output-unit activation (PAPER.md U17)", value = "logistic")
        OutputActivation outputActivation,

        @Param(
                doc = "F: outputs read cells only; B: outputs also read inputs, hidden units read inputs only",
                value = "F")
        Connectivity connectivity,

        @Param(doc = "biased unit types: none | ga (gates) | b1 (all hidden) | all (all non-input)", value = "ga")
        BiasUnits bias,

        @Param(doc = "initial input-gate bias per block; null = random like other weights", value = "null")
        List<Double> inputGateBias,

        @Param(
                doc = "random input-gate biases drawn from [-r, r] (PAPER.md U5); null = like other weights, in"
                        + " the init range",
                value = "null")
        Double inputGateBiasRange,

        @Param(doc = "initial output-gate bias per block; null = random like other weights", value = "null")
        List<Double> outputGateBias,

        @Param(doc = "false removes the output gates (y_out = 1, Exp. 2a/2b)", value = "true")
        boolean outputGates,

        @Param(doc = "conventional hidden units (one-step truncated, eq (11))", value = "0")
        int hiddenUnits,

        @Param(doc = "when weights change (PAPER.md U1): per-sequence (A) | per-step (B)", value = "per-sequence")
        UpdateTiming update,

        @Param(doc = "activation of every hidden unit before the first step (PAPER.md U18): 0 or 0.5", value = "0.0")
        double initialActivation,

        @Param(doc = "truncated (the paper) | full (exact gradient by BPTT, ablation)", value = "truncated")
        GradientMode gradient,

        @Param(
                doc = "sequential construction (PAPER.md U6): start without blocks, add one when the error stalls",
                value = "false")
        boolean sequentialConstruction,

        @Param(doc = "sequences per error window of the sequential construction", value = "1000")
        int constructionWindow,

        @Param(doc = "a block is added when a window's mean error falls by less than this fraction", value = "0.01")
        double constructionMinDecrease) {

    public LstmParams {
        if (blocks < 1) {
            throw new ParamException("blocks", "blocks must be >= 1, got " + blocks);
        }
        if (blockSize < 1) {
            throw new ParamException("blockSize", "blockSize must be >= 1, got " + blockSize);
        }
        ParamException.positive("learningRate", learningRate);
        if (Double.isInfinite(learningRate)) {
            throw new ParamException("learningRate", "learningRate must be finite");
        }
        ParamException.inRange("initRange", initRange, 0.0, 100.0);
        requireNonNull("g", g);
        requireNonNull("h", h);
        requireNonNull("outputActivation", outputActivation);
        requireNonNull("connectivity", connectivity);
        requireNonNull("bias", bias);
        requireNonNull("update", update);
        requireNonNull("gradient", gradient);
        inputGateBias = checkBiases("inputGateBias", inputGateBias, blocks);
        if (inputGateBiasRange != null) {
            ParamException.inRange("inputGateBiasRange", inputGateBiasRange, 0.0, 100.0);
            if (inputGateBias != null) {
                throw new ParamException(
                        "inputGateBiasRange",
                        "inputGateBiasRange draws the input-gate biases that"
                                + " inputGateBias gives; give one of them");
            }
            if (!bias.gates()) {
                throw new ParamException(
                        "inputGateBiasRange",
                        "inputGateBiasRange given but bias '" + bias.name().toLowerCase(Locale.ROOT)
                                + "' gives the gates no bias weight");
            }
        }
        outputGateBias = checkBiases("outputGateBias", outputGateBias, blocks);
        if ((inputGateBias != null || outputGateBias != null) && !bias.gates()) {
            throw new ParamException(
                    inputGateBias != null ? "inputGateBias" : "outputGateBias",
                    "gate biases given but bias '" + bias.name().toLowerCase(Locale.ROOT)
                            + "' gives the gates no bias weight");
        }
        if (outputGateBias != null && !outputGates) {
            throw new ParamException("outputGateBias", "outputGateBias given but outputGates is false");
        }
        if (hiddenUnits < 0) {
            throw new ParamException("hiddenUnits", "hiddenUnits must be >= 0, got " + hiddenUnits);
        }
        ParamException.inRange("initialActivation", initialActivation, 0.0, 1.0);
        if (gradient == GradientMode.FULL && update == UpdateTiming.PER_STEP) {
            throw new ParamException(
                    "gradient", "gradient 'full' needs update 'per-sequence' (BPTT over the " + "whole sequence)");
        }
        if (gradient == GradientMode.FULL && sequentialConstruction) {
            throw new ParamException("gradient", "gradient 'full' does not support sequentialConstruction");
        }
        if (constructionWindow < 1) {
            throw new ParamException(
                    "constructionWindow", "constructionWindow must be >= 1, got " + constructionWindow);
        }
        ParamException.inRange("constructionMinDecrease", constructionMinDecrease, 0.0, 1.0);
    }

    /** The defaults of every optional parameter, for code and tests. */
    public static LstmParams of(int blocks, int blockSize, double learningRate) {
        return new LstmParams(
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
                null,
                true,
                0,
                UpdateTiming.PER_SEQUENCE,
                0.0,
                GradientMode.TRUNCATED,
                false,
                1000,
                0.01);
    }

    private static void requireNonNull(String key, Object value) {
        if (value == null) {
            throw new ParamException(key, key + " must be given");
        }
    }

    private static List<Double> checkBiases(String key, List<Double> values, int blocks) {
        if (values == null) {
            return null;
        }
        if (values.size() != blocks) {
            throw new ParamException(key, key + " needs one value per block (" + blocks + "), got " + values.size());
        }
        for (Double v : values) {
            if (v == null || !Double.isFinite(v)) {
                throw new ParamException(key, key + " must hold finite numbers, got " + values);
            }
        }
        return List.copyOf(values);
    }
}
