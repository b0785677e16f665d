package org.lstm97.baselines.forget;

import org.lstm97.core.api.Learner;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.LearnerFactory;

/** YAML type {@code lstm-forget}. */
public final class ForgetLearnerFactory extends LearnerFactory<ForgetParams> {
    public static final String TYPE = "lstm-forget";

    public ForgetLearnerFactory() {
        super(
                TYPE,
                ForgetParams.class,
                "1997 LSTM plus a forget gate per block (Gers, Schmidhuber & Cummins 2000), "
                        + "their truncated gradient or full BPTT; sgd, or adam with the full gradient");
    }

    @Override
    public Learner create(ForgetParams params, BuildContext context) {
        return new ForgetLearner(params);
    }
}
