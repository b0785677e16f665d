package org.lstm97.baselines.rcc;

import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/**
 * Parameters of Recurrent Cascade-Correlation. Defaults are those of the public cascor code (Crowder's C port
 * of Fahlman's Lisp, v1.33) except both patiences (30 instead of 8: with 8 the candidates barely moved before
 * their patience ran out, and no embedded Reber trial succeeded within 9 units); Fahlman's RCC runs may have used
 * others (UNCERTAIN).
 */
public record RccParams(
        @Param(doc = "most hidden units installed (LSTM97 Table 1: 7-9)", value = "9")
        int maxHidden,

        @Param(doc = "candidate units trained in parallel per installation", value = "8")
        int candidates,

        @Param(doc = "initial weights uniform in [-w, w]", value = "1.0")
        double weightRange,

        @Param(doc = "added to the output sigmoid's derivative (flat-spot fix)", value = "0.1")
        double sigmoidPrimeOffset,

        @Param(doc = "new unit's output weight = -correlation x this", value = "1.0")
        double weightMultiplier,

        @Param(doc = "Quickprop epsilon of output weights (divided by the number of patterns)", value = "0.35")
        double outputEpsilon,

        @Param(doc = "Quickprop mu of output weights", value = "2.0")
        double outputMu,

        @Param(doc = "weight decay of output weights", value = "0.0001")
        double outputDecay,

        @Param(
                doc = "output epochs without a relative error change above the threshold before stopping (cascor: 8)",
                value = "30")
        int outputPatience,

        @Param(doc = "relative error change that counts as progress in the output phase", value = "0.01")
        double outputChangeThreshold,

        @Param(doc = "most epochs of one output phase", value = "200")
        int outputMaxEpochs,

        @Param(doc = "Quickprop epsilon of candidate weights (divided by patterns x fan-in)", value = "1.0")
        double inputEpsilon,

        @Param(doc = "Quickprop mu of candidate weights", value = "2.0")
        double inputMu,

        @Param(doc = "weight decay of candidate weights", value = "0.0")
        double inputDecay,

        @Param(
                doc =
                        "candidate epochs without a relative score change above the threshold before stopping (cascor: 8)",
                value = "30")
        int inputPatience,

        @Param(doc = "relative score change that counts as progress in the candidate phase", value = "0.03")
        double inputChangeThreshold,

        @Param(doc = "most epochs of one candidate phase", value = "200")
        int inputMaxEpochs,

        @Param(doc = "training-set size when the task has no fixed one (LSTM97/Fahlman: 256)", value = "256")
        int trainingSetSize,

        @Param(doc = "count candidate epochs as sequence presentations", value = "true")
        boolean countCandidateEpochs) {

    public RccParams {
        ParamException.nonNegative("maxHidden", maxHidden);
        ParamException.positive("candidates", candidates);
        ParamException.positive("weightRange", weightRange);
        ParamException.nonNegative("sigmoidPrimeOffset", sigmoidPrimeOffset);
        ParamException.positive("outputEpsilon", outputEpsilon);
        ParamException.positive("outputMu", outputMu);
        ParamException.nonNegative("outputDecay", outputDecay);
        ParamException.positive("outputPatience", outputPatience);
        ParamException.nonNegative("outputChangeThreshold", outputChangeThreshold);
        ParamException.positive("outputMaxEpochs", outputMaxEpochs);
        ParamException.positive("inputEpsilon", inputEpsilon);
        ParamException.positive("inputMu", inputMu);
        ParamException.nonNegative("inputDecay", inputDecay);
        ParamException.positive("inputPatience", inputPatience);
        ParamException.nonNegative("inputChangeThreshold", inputChangeThreshold);
        ParamException.positive("inputMaxEpochs", inputMaxEpochs);
        ParamException.positive("trainingSetSize", trainingSetSize);
    }

    /** The cascor defaults. */
    public static RccParams defaults() {
        return new RccParams(
                9, 8, 1.0, 0.1, 1.0, 0.35, 2.0, 0.0001, 30, 0.01, 200, 1.0, 2.0, 0.0, 30, 0.03, 200, 256, true);
    }
}
