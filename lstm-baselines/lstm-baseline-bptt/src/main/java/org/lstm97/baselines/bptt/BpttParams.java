package org.lstm97.baselines.bptt;

import org.lstm97.baselines.support.Architecture;
import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/** Parameters of the {@code bptt} learner. */
public record BpttParams(
        @Param(
                doc = "layered (Table 2: recurrent hidden layer under non-recurrent outputs) or fully-recurrent",
                value = "layered")
        Architecture architecture,

        @Param(doc = "non-output units (Table 2: 1)", value = "1")
        int hiddenUnits,

        @Param(doc = "learning rate alpha (Table 2: 1.0 to 10.0)")
        double learningRate,

        @Param(doc = "initial weights uniform in [-initRange, initRange] (paper Exp. 2: 0.2)", value = "0.2")
        double initRange,

        @Param(doc = "a trainable bias on every unit (the paper's weight counts imply none)", value = "false")
        boolean bias,

        @Param(doc = "steps an error flows back, its own step included; 0 = untruncated (full BPTT)", value = "0")
        int truncation,

        @Param(doc = "sequence (epochwise BPTT) or step (change after every target step)", value = "sequence")
        WeightUpdate update) {

    public BpttParams {
        ParamException.nonNegative("hiddenUnits", hiddenUnits);
        ParamException.positive("learningRate", learningRate);
        ParamException.nonNegative("initRange", initRange);
        ParamException.nonNegative("truncation", truncation);
    }
}
