package org.lstm97.baselines.support.lstm;

import java.util.List;
import java.util.Locale;
import org.lstm97.core.lstm.BiasUnits;
import org.lstm97.core.plugin.ParamException;

/**
 * Range checks the later-LSTM parameter records share, each failing with a {@link ParamException} that names the
 * YAML key (so users see {@code file:line: key '...' for learner '...': ...}).
 */
public final class ParamChecks {
    private ParamChecks() {}

    /** Fails unless {@code value >= 1}. */
    public static void atLeastOne(String key, int value) {
        if (value < 1) {
            throw new ParamException(key, key + " must be >= 1, got " + value);
        }
    }

    /** A positive, finite learning rate and an init range in [0, 100]. */
    public static void rateAndRange(double learningRate, double initRange) {
        ParamException.positive("learningRate", learningRate);
        if (Double.isInfinite(learningRate)) {
            throw new ParamException("learningRate", "learningRate must be finite");
        }
        ParamException.inRange("initRange", initRange, 0.0, 100.0);
    }

    public static void given(String key, Object value) {
        if (value == null) {
            throw new ParamException(key, key + " must be given");
        }
    }

    /** Null, or one finite value per unit ({@code what}: "block" or "cell"). */
    public static List<Double> perUnit(String key, List<Double> values, int count, String what) {
        if (values == null) {
            return null;
        }
        if (values.size() != count) {
            throw new ParamException(
                    key, key + " needs one value per " + what + " (" + count + "), got " + values.size());
        }
        for (Double v : values) {
            if (v == null || !Double.isFinite(v)) {
                throw new ParamException(key, key + " must hold finite numbers, got " + values);
            }
        }
        return List.copyOf(values);
    }

    /** Input- and output-gate biases need biased gates; output-gate biases need output gates. */
    public static void gateBiases(
            List<Double> inputGateBias, List<Double> outputGateBias, BiasUnits bias, boolean outputGates) {
        if ((inputGateBias != null || outputGateBias != null) && !bias.gates()) {
            throw new ParamException(
                    inputGateBias != null ? "inputGateBias" : "outputGateBias",
                    "gate biases given but bias '" + bias.name().toLowerCase(Locale.ROOT)
                            + "' gives the gates no bias weight");
        }
        if (outputGateBias != null && !outputGates) {
            throw new ParamException("outputGateBias", "outputGateBias given but outputGates is false");
        }
    }

    /** Null or finite. */
    public static void finiteOrNull(String key, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw new ParamException(key, key + " must be a finite number, got " + value);
        }
    }
}
