package org.lstm97.tasks.twosequence;

import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/**
 * Parameters of {@code two-sequence} (Exp. 3a/3b/3c).
 *
 * @param variant             3a, 3b or 3c
 * @param T                   minimal sequence length; lengths uniform in [T, T + T/10]
 * @param N                   number of informative leading elements
 * @param noiseVariance       variance of the Gaussian inputs after N (and of the prefix noise in 3b)
 * @param targetNoiseVariance variance of the Gaussian target noise (3c only)
 * @param threshold           3a/3b: correct if the absolute error at the end is below this
 * @param cleanThreshold      3c: correct if |output − noise-free target| is at most this
 */
public record TwoSequenceParams(
        @Param(doc = "3a (clean), 3b (noisy informative inputs) or 3c (noisy real-valued targets)", value = "3a")
        TwoSequenceVariant variant,

        @Param(doc = "minimal sequence length T; length uniform in [T, T+T/10] (Tables 4-6: 100, 1000)", value = "100")
        int T,

        @Param(doc = "number of informative leading inputs N (Tables 4-6: 1, 3)", value = "3")
        int N,

        @Param(doc = "variance of the Gaussian noise inputs after N, and of the 3b noise on the first N", value = "0.2")
        double noiseVariance,

        @Param(doc = "3c: variance of the Gaussian noise added to the target", value = "0.1")
        double targetNoiseVariance,

        @Param(doc = "3a/3b: correct if |output - target| at the end is below this", value = "0.2")
        double threshold,

        @Param(doc = "3c: correct if |output - noise-free target| at the end is at most this", value = "0.1")
        double cleanThreshold) {

    public TwoSequenceParams {
        if (variant == null) {
            throw new ParamException("variant", "variant must be 3a, 3b or 3c");
        }
        if (N < 1) {
            throw new ParamException("N", "N must be >= 1, got " + N);
        }
        if (T < N + 1) {
            throw new ParamException(
                    "T", "T must exceed N (" + N + ") so that noise follows the informative " + "inputs, got " + T);
        }
        ParamException.nonNegative("noiseVariance", noiseVariance);
        ParamException.nonNegative("targetNoiseVariance", targetNoiseVariance);
        ParamException.positive("threshold", threshold);
        ParamException.positive("cleanThreshold", cleanThreshold);
    }
}
