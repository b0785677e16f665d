package org.lstm97.tasks.adding;

import org.lstm97.core.plugin.Param;

/**
 * Parameters of {@code adding} (Exp. 4).
 *
 * @param T               minimal sequence length; lengths uniform in [T, T + T/10]
 * @param threshold       correct if the absolute error at the end is below this
 * @param firstPairRule   which marked pair on the first position takes the value 0 [PAPER.md U8]
 * @param firstPairMarker the marker of a marked first pair [PAPER.md U8]
 */
public record AddingParams(
        @Param(
                doc = "minimal sequence length T >= 11; length uniform in [T, T+T/10] (Table 7: 100, 500, 1000)",
                value = "100")
        int T,

        @Param(doc = "correct if |output - target| at the end is below this", value = "0.04")
        double threshold,

        @Param(
                doc = "a marked first pair gets value 0: any-mark (X1 or X2) or x1-only [PAPER.md U8]",
                value = "any-mark")
        FirstPairRule firstPairRule,

        @Param(doc = "marker of a marked first pair: 1 or -1 [PAPER.md U8]", value = "1.0")
        double firstPairMarker) {

    public AddingParams {
        MarkedPairParams.validate(T, threshold, firstPairRule, firstPairMarker);
    }
}
