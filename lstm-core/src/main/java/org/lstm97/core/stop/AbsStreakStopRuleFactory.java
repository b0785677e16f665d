package org.lstm97.core.stop;

import org.lstm97.core.api.StopRule;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.StopRuleFactory;

/** Registers {@code abs-streak}: {@link AbsStreakStopRule} or, with {@code mode: frozen-test}, {@link AbsFrozenTestStopRule}. */
public final class AbsStreakStopRuleFactory extends StopRuleFactory<AbsStreakParams> {

    public AbsStreakStopRuleFactory() {
        super(
                "abs-streak",
                AbsStreakParams.class,
                "Exp. 2a/2b/2c: max absolute error below beta for 10,000 successive sequences");
    }

    @Override
    public StopRule create(AbsStreakParams params, BuildContext context) {
        return params.mode() == AbsStreakParams.Mode.STREAM
                ? new AbsStreakStopRule(params)
                : new AbsFrozenTestStopRule(params);
    }
}
