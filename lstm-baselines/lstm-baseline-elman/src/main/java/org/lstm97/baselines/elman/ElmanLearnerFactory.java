package org.lstm97.baselines.elman;

import org.lstm97.core.api.Learner;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.LearnerFactory;

/** The {@code elman} learner type. */
public final class ElmanLearnerFactory extends LearnerFactory<ElmanParams> {

    public ElmanLearnerFactory() {
        super(
                "elman",
                ElmanParams.class,
                "Elman simple recurrent net (context units) trained by Elman's one-step back-propagation");
    }

    @Override
    public Learner create(ElmanParams params, BuildContext context) {
        return new ElmanLearner(params);
    }
}
