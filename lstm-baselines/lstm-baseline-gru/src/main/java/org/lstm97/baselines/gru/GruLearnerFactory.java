package org.lstm97.baselines.gru;

import org.lstm97.core.api.Learner;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.LearnerFactory;

/** YAML type {@code gru}. */
public final class GruLearnerFactory extends LearnerFactory<GruParams> {
    public static final String TYPE = "gru";

    public GruLearnerFactory() {
        super(
                TYPE,
                GruParams.class,
                "gated recurrent units (Cho et al. 2014) under the task's outputs, full BPTT; " + "sgd or adam");
    }

    @Override
    public Learner create(GruParams params, BuildContext context) {
        return new GruLearner(params);
    }
}
