package org.lstm97.baselines.vanilla;

import org.lstm97.core.api.Learner;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.LearnerFactory;

/** YAML type {@code lstm-vanilla}. */
public final class VanillaLearnerFactory extends LearnerFactory<VanillaParams> {
    public static final String TYPE = "lstm-vanilla";

    public VanillaLearnerFactory() {
        super(
                TYPE,
                VanillaParams.class,
                "the vanilla LSTM of Greff et al. 2017: forget gates, peepholes, tanh, "
                        + "recurrence from the cell outputs, full BPTT; sgd or adam");
    }

    @Override
    public Learner create(VanillaParams params, BuildContext context) {
        return new VanillaLearner(params);
    }
}
