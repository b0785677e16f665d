package org.lstm97.core.stop;

import org.lstm97.core.api.StopRule;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.StopRuleFactory;

/** Registers {@link St1St2StopRule} as {@code st1-st2}. */
public final class St1St2StopRuleFactory extends StopRuleFactory<St1St2Params> {

    public St1St2StopRuleFactory() {
        super(
                "st1-st2",
                St1St2Params.class,
                "Exp. 3: ST1 (test set misclassified <= maxWrong) recorded, stop at ST2 (ST1 and mean error < beta)");
    }

    @Override
    public StopRule create(St1St2Params params, BuildContext context) {
        return new St1St2StopRule(params);
    }
}
