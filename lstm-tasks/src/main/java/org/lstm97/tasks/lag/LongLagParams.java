package org.lstm97.tasks.lag;

import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/**
 * Parameters of {@code long-lag} (Exp. 2a / 2b).
 *
 * @param variant   2a or 2b
 * @param p         the delay: p+1 symbols a_1 … a_{p−1}, x, y; sequences of p+1 symbols
 * @param threshold ABS bound: max absolute error below it counts as correct
 */
public record LongLagParams(
        @Param(doc = "2a (two fixed sequences) or 2b (random middle)", value = "2a")
        LongLagVariant variant,

        @Param(
                doc = "delay p: alphabet a1..a(p-1), x, y; p+1 symbols per sequence (Table 2: 4, 10, 100)",
                value = "100")
        int p,

        @Param(
                doc = "correct if the max absolute error of all outputs (2a: at every step; 2b: at the end) is "
                        + "below this",
                value = "0.25")
        double threshold) {

    public LongLagParams {
        if (variant == null) {
            throw new ParamException("variant", "variant must be 2a or 2b");
        }
        if (p < 2) {
            throw new ParamException("p", "p must be >= 2 (at least one symbol a1 between the x/y pair), got " + p);
        }
        ParamException.positive("threshold", threshold);
    }
}
