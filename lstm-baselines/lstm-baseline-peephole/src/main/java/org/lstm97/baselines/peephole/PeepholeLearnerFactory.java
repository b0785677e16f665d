package org.lstm97.baselines.peephole;

import org.lstm97.core.api.Learner;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.LearnerFactory;

/** YAML type {@code lstm-peephole}. */
public final class PeepholeLearnerFactory extends LearnerFactory<PeepholeParams> {
    public static final String TYPE = "lstm-peephole";

    public PeepholeLearnerFactory() {
        super(
                TYPE,
                PeepholeParams.class,
                "1997 LSTM plus forget gates and peephole connections from the cell "
                        + "states to the gates (Gers, Schraudolph & Schmidhuber 2002), truncated gradient or full BPTT; sgd, "
                        + "or adam with the full gradient");
    }

    @Override
    public Learner create(PeepholeParams params, BuildContext context) {
        return new PeepholeLearner(params);
    }
}
