package org.lstm97.baselines.rcc;

import org.lstm97.core.api.Learner;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.LearnerFactory;

/** Registers Recurrent Cascade-Correlation as learner type {@value #TYPE}. */
public final class RccLearnerFactory extends LearnerFactory<RccParams> {
    public static final String TYPE = "rcc";

    public RccLearnerFactory() {
        super(
                TYPE,
                RccParams.class,
                "Recurrent Cascade-Correlation: grows frozen self-recurrent units, Quickprop on outputs and candidates");
    }

    @Override
    public Learner create(RccParams params, BuildContext context) {
        return new RccLearner(params);
    }
}
