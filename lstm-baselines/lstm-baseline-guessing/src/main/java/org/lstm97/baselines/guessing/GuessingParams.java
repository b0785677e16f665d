package org.lstm97.baselines.guessing;

import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/**
 * Parameters of random weight guessing.
 *
 * @param hidden            hidden units
 * @param architecture      a1 (fully connected) or a2 (sparse, G01 node2)
 * @param hiddenSelfLoops   whether hidden units see their own previous activation
 * @param bias              whether every non-input unit is biased by a constant-1.0 unit
 * @param activation        squashing function of every non-input unit
 * @param weightRange       w: every weight is drawn uniformly in [-w, w]
 * @param screeningSetSize  sequences of the per-trial screening ("training") set when the task has no fixed one
 * @param earlyAbort        stop evaluating a guess at its first wrongly classified sequence
 * @param stopRuleFeed      when the stop rule is consulted
 */
public record GuessingParams(
        @Param(doc = "hidden units (0: the output unit alone, e.g. the 1-unit latch)", value = "1")
        int hidden,

        @Param(doc = "a1 (fully connected) or a2 (hidden units see input, output, themselves)", value = "a1")
        Architecture architecture,

        @Param(doc = "hidden units see their own previous activation", value = "true")
        boolean hiddenSelfLoops,

        @Param(doc = "every non-input unit has a bias from a constant-1.0 unit", value = "true")
        boolean bias,

        @Param(doc = "logistic (NIPS 9) or tanh (2001 latch runs)", value = "logistic")
        Activation activation,

        @Param(doc = "weights drawn uniformly in [-w, w] (paper: 100)", value = "100.0")
        double weightRange,

        @Param(doc = "screening-set size when the task has no fixed training set (G01: 100)", value = "100")
        int screeningSetSize,

        @Param(doc = "stop testing a guess at its first misclassified sequence", value = "true")
        boolean earlyAbort,

        @Param(doc = "consult the stop rule after every-sequence or once per passing-guess", value = "every-sequence")
        StopRuleFeed stopRuleFeed) {

    public GuessingParams {
        ParamException.nonNegative("hidden", hidden);
        ParamException.positive("weightRange", weightRange);
        ParamException.positive("screeningSetSize", screeningSetSize);
        if (architecture == null) {
            throw new ParamException("architecture", "architecture must be given");
        }
        if (activation == null) {
            throw new ParamException("activation", "activation must be given");
        }
        if (stopRuleFeed == null) {
            throw new ParamException("stopRuleFeed", "stopRuleFeed must be given");
        }
    }
}
