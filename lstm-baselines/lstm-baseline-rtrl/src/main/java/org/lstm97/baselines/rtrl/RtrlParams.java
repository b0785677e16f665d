package org.lstm97.baselines.rtrl;

import org.lstm97.baselines.support.Architecture;
import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/** Parameters of the {@code rtrl} learner. */
public record RtrlParams(
        @Param(
                doc = "fully-recurrent (Table 1, Smith & Zipser) or layered (Table 2: recurrent hidden layer "
                        + "under non-recurrent outputs)",
                value = "layered")
        Architecture architecture,

        @Param(doc = "non-output units (Table 1: 3 or 12; Table 2: 1)", value = "1")
        int hiddenUnits,

        @Param(doc = "learning rate alpha (Table 1: 0.05, 0.1; Table 2: 1.0, 4.0, 10.0)")
        double learningRate,

        @Param(doc = "initial weights uniform in [-initRange, initRange] (paper Exp. 1 and 2: 0.2)", value = "0.2")
        double initRange,

        @Param(doc = "a trainable bias on every unit (the paper's weight counts imply none)", value = "false")
        boolean bias,

        @Param(doc = "step (real-time RTRL) or sequence (offline RTRL, the exact gradient)", value = "step")
        WeightUpdate update) {

    public RtrlParams {
        ParamException.nonNegative("hiddenUnits", hiddenUnits);
        ParamException.positive("learningRate", learningRate);
        ParamException.nonNegative("initRange", initRange);
    }
}
