package org.lstm97.baselines.elman;

import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/** Parameters of the {@code elman} learner. */
public record ElmanParams(
        @Param(doc = "hidden units, each with its context unit (Table 1: 15)", value = "15")
        int hiddenUnits,

        @Param(doc = "learning rate alpha (not given in the paper or its source)")
        double learningRate,

        @Param(doc = "momentum on the weight changes (Cleeremans et al.'s value unknown)", value = "0.0")
        double momentum,

        @Param(doc = "initial weights uniform in [-initRange, initRange] (paper Exp. 1: 0.2)", value = "0.2")
        double initRange,

        @Param(
                doc = "a trainable bias on hidden and output units (the paper's estimate of 435 implies none)",
                value = "false")
        boolean bias,

        @Param(doc = "context activations at the start of each sequence (Elman 1990: 0.5)", value = "0.5")
        double contextInit) {

    public ElmanParams {
        ParamException.positive("hiddenUnits", hiddenUnits);
        ParamException.positive("learningRate", learningRate);
        ParamException.inRange("momentum", momentum, 0.0, 1.0);
        ParamException.nonNegative("initRange", initRange);
        ParamException.inRange("contextInit", contextInit, 0.0, 1.0);
    }
}
