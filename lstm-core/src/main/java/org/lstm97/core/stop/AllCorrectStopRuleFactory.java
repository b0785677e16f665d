package org.lstm97.core.stop;

import org.lstm97.core.api.StopRule;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.StopRuleFactory;

/** Registers {@link AllCorrectStopRule} as {@code all-correct}. */
public final class AllCorrectStopRuleFactory extends StopRuleFactory<AllCorrectParams> {

    public AllCorrectStopRuleFactory() {
        super(
                "all-correct",
                AllCorrectParams.class,
                "Exp. 1: every training-set and test-set sequence correct, checked every N sequences");
    }

    @Override
    public StopRule create(AllCorrectParams params, BuildContext context) {
        return new AllCorrectStopRule(params);
    }
}
