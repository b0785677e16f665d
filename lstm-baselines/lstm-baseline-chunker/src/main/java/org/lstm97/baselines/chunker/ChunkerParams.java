package org.lstm97.baselines.chunker;

import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/**
 * Parameters of the 2-net chunker.
 *
 * @param learningRate        RTRL learning rate of the automatizer A (Table 2: 1.0)
 * @param chunkerLearningRate RTRL learning rate of the chunker C
 * @param initRange           all weights uniform in [-r, r] (Exp. 2: 0.2)
 * @param failThreshold       A "fails" at a step when some prediction output misses its target by more
 * @param timeInput           C gets one extra input carrying the symbol's position / sequence length
 * @param learnChunkerState   A's extra outputs are trained to predict C's state
 * @param chunkerState        which of C's activations A predicts
 */
public record ChunkerParams(
        @Param(doc = "RTRL learning rate of the automatizer A (Table 2: 1.0)", value = "1.0")
        double learningRate,

        @Param(doc = "RTRL learning rate of the chunker C", value = "1.0")
        double chunkerLearningRate,

        @Param(doc = "initial weights uniform in [-r, r] (Exp. 2: 0.2)", value = "0.2")
        double initRange,

        @Param(doc = "A fails when an output misses its target by more than this (UNCERTAIN)", value = "0.25")
        double failThreshold,

        @Param(doc = "C sees the time step (symbol position / length) as an extra input", value = "true")
        boolean timeInput,

        @Param(doc = "A's extra output learns to predict C's hidden unit", value = "true")
        boolean learnChunkerState,

        @Param(
                doc = "C's activations A predicts: hidden (LSTM97, 10506 weights at p=100) or hidden-and-outputs",
                value = "hidden-and-outputs")
        ChunkerState chunkerState) {

    public ChunkerParams {
        ParamException.positive("learningRate", learningRate);
        ParamException.positive("chunkerLearningRate", chunkerLearningRate);
        ParamException.positive("initRange", initRange);
        ParamException.inRange("failThreshold", failThreshold, 0.0, 1.0);
        if (chunkerState == null) {
            throw new ParamException("chunkerState", "chunkerState must be given");
        }
    }

    public static ChunkerParams defaults() {
        return new ChunkerParams(1.0, 1.0, 0.2, 0.25, true, true, ChunkerState.HIDDEN_AND_OUTPUTS);
    }
}
