package org.lstm97.core.lstm;

import org.lstm97.core.api.Learner;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.LearnerFactory;

/** YAML type {@code lstm1997}: the original LSTM of Hochreiter &amp; Schmidhuber (1997), no forget gate. */
public final class Lstm1997Factory extends LearnerFactory<LstmParams> {
    public static final String TYPE = "lstm1997";

    public Lstm1997Factory() {
        super(TYPE, LstmParams.class, "1997 LSTM (no forget gate) with the paper's truncated gradient, eqs (19)-(28)");
    }

    @Override
    public Learner create(LstmParams params, BuildContext context) {
        return new Lstm1997Learner(params);
    }
}
