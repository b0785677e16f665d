package org.lstm97.baselines.guessing;

import org.lstm97.core.api.Learner;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.LearnerFactory;

/** Registers random weight guessing as learner type {@value #TYPE}. */
public final class GuessingLearnerFactory extends LearnerFactory<GuessingParams> {
    public static final String TYPE = "guessing";

    public GuessingLearnerFactory() {
        super(
                TYPE,
                GuessingParams.class,
                "random weight guessing: draw all weights in [-w, w], test on a screening set, repeat");
    }

    @Override
    public Learner create(GuessingParams params, BuildContext context) {
        return new GuessingLearner(params);
    }
}
