package org.lstm97.core.stop;

import org.lstm97.core.api.StopRule;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.StopRuleFactory;

/** Registers {@link St3StopRule} as {@code st3}. */
public final class St3StopRuleFactory extends StopRuleFactory<St3Params> {

    public St3StopRuleFactory() {
        super(
                "st3",
                St3Params.class,
                "Exp. 4, 6: ST3(beta), last 2000 training sequences correct and their mean error below beta");
    }

    @Override
    public StopRule create(St3Params params, BuildContext context) {
        return new St3StopRule(params);
    }
}
