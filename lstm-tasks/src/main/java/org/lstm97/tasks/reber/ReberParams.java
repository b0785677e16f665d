package org.lstm97.tasks.reber;

import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/**
 * Parameters of {@code reber}: the inner Reber grammar, strings generated on-line.
 *
 * @param targets what the net is trained towards at each step
 */
public record ReberParams(
        @Param(
                doc = "training targets: next-symbol (one-hot of the actual next symbol) or legal-successors "
                        + "(multi-hot) [PAPER.md U4]",
                value = "next-symbol")
        TargetCoding targets) {

    public ReberParams {
        if (targets == null) {
            throw new ParamException("targets", "targets must be next-symbol or legal-successors");
        }
    }
}
