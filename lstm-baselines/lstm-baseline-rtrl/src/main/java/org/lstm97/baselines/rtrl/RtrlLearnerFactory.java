package org.lstm97.baselines.rtrl;

import org.lstm97.core.api.Learner;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.LearnerFactory;

/** The {@code rtrl} learner type. */
public final class RtrlLearnerFactory extends LearnerFactory<RtrlParams> {

    public RtrlLearnerFactory() {
        super(
                "rtrl",
                RtrlParams.class,
                "Williams & Zipser real-time recurrent learning (fully recurrent or Table 2's layered net)");
    }

    @Override
    public Learner create(RtrlParams params, BuildContext context) {
        return new RtrlLearner(params);
    }
}
