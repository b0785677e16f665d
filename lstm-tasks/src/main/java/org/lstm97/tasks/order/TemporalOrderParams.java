package org.lstm97.tasks.order;

import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/**
 * Parameters of {@code temporal-order} (Exp. 6a / 6b).
 *
 * @param variant   6a or 6b
 * @param threshold ABS bound on every output at the end
 */
public record TemporalOrderParams(
        @Param(doc = "6a (two relevant symbols, 4 classes) or 6b (three, 8 classes)", value = "6a")
        TemporalOrderVariant variant,

        @Param(doc = "correct if every output is within this of its target at the end: ABS(0.3)", value = "0.3")
        double threshold) {

    public TemporalOrderParams {
        if (variant == null) {
            throw new ParamException("variant", "variant must be 6a or 6b");
        }
        ParamException.positive("threshold", threshold);
    }
}
