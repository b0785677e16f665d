package org.lstm97.core.stop;

import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/**
 * Parameters of {@code st1-st2} (Exp. 3a/3b/3c).
 *
 * @param every    sequences between two tests (U3)
 * @param testSize sequences in the test set, drawn once per trial by the probe (256)
 * @param maxWrong ST1 holds when at most this many test sequences are misclassified (3a/3c 0, 3b 5)
 * @param beta     ST2 also needs the mean test error below beta (3a 0.01, 3b 0.04, 3c 0.015)
 * @param error    which mean error ST2 uses
 */
public record St1St2Params(
        @Param(doc = "test every this many training sequences (U3)", value = "100")
        int every,

        @Param(doc = "test set size, drawn once per trial (paper: 256)", value = "256")
        int testSize,

        @Param(doc = "ST1: at most this many misclassified test sequences (3a/3c: 0, 3b: 5)", value = "0")
        int maxWrong,

        @Param(doc = "ST2: mean test error below this (3a 0.01, 3b 0.04, 3c 0.015)")
        double beta,

        @Param(doc = "abs: mean absolute end error; clean: mean |noise-free target - output| (3c)", value = "abs")
        Error error) {

    public St1St2Params {
        ParamException.positive("every", every);
        ParamException.positive("testSize", testSize);
        ParamException.inRange("maxWrong", maxWrong, 0, testSize - 1);
        ParamException.positive("beta", beta);
    }

    /** The mean test error ST2 compares with {@code beta}. */
    public enum Error {
        /** Mean absolute error at the sequence end ({@code Evaluation.meanEndAbsError}). */
        ABS,
        /** Mean |noise-free target - output| at the end ({@code Evaluation.meanCleanAbsDiff}, Exp. 3c). */
        CLEAN
    }
}
