package org.lstm97.tasks.lag;

import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/**
 * Parameters of {@code very-long-lag} (Exp. 2c).
 *
 * @param p             number of distractor symbols a_1 … a_p
 * @param q             number of distractors always present (the time lag − 1)
 * @param lengthReading how the number of extra distractors is drawn [PAPER.md U7]
 * @param threshold     ABS bound at the sequence end
 */
public record VeryLongLagParams(
        @Param(doc = "number of distractor symbols a1..ap (Table 3: 50..1000)", value = "100")
        int p,

        @Param(doc = "distractors always present; minimal lag q+1 (Table 3: 50..1000)", value = "100")
        int q,

        @Param(
                doc = "extra distractors: generator (k>=0, mean length q+13) or paper-mean (k>=1, mean q+14) "
                        + "[PAPER.md U7]",
                value = "generator")
        LengthReading lengthReading,

        @Param(doc = "correct if both outputs are within this of the target at the end: ABS(0.2)", value = "0.2")
        double threshold) {

    public VeryLongLagParams {
        ParamException.positive("p", p);
        ParamException.nonNegative("q", q);
        if (lengthReading == null) {
            throw new ParamException("lengthReading", "lengthReading must be generator or paper-mean");
        }
        ParamException.positive("threshold", threshold);
    }
}
