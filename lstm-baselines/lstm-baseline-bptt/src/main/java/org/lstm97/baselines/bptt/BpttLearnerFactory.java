package org.lstm97.baselines.bptt;

import org.lstm97.core.api.Learner;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.LearnerFactory;

/** The {@code bptt} learner type. */
public final class BpttLearnerFactory extends LearnerFactory<BpttParams> {

    public BpttLearnerFactory() {
        super(
                "bptt",
                BpttParams.class,
                "back-propagation through time, full or truncated (Table 2's layered net or fully recurrent)");
    }

    @Override
    public Learner create(BpttParams params, BuildContext context) {
        return new BpttLearner(params);
    }
}
