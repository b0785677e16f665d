package org.lstm97.core.stop;

import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/**
 * Parameters of {@code all-correct} (Exp. 1).
 *
 * @param every    sequences between two checks (U3); "success after" is a multiple of it
 * @param testSize size of the test set asked of the probe (the task's fixed test set must have this size)
 */
public record AllCorrectParams(
        @Param(doc = "check every this many training sequences (U3; success after is a multiple of it)", value = "100")
        int every,

        @Param(doc = "test set size asked of the probe (Reber: the task's fixed 256-string test set)", value = "256")
        int testSize) {

    public AllCorrectParams {
        ParamException.positive("every", every);
        ParamException.positive("testSize", testSize);
    }
}
