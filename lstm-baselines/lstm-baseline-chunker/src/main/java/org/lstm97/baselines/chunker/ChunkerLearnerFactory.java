package org.lstm97.baselines.chunker;

import org.lstm97.core.api.Learner;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.LearnerFactory;

/** Registers the 2-net neural sequence chunker as learner type {@value #TYPE}. */
public final class ChunkerLearnerFactory extends LearnerFactory<ChunkerParams> {
    public static final String TYPE = "chunker";

    public ChunkerLearnerFactory() {
        super(
                TYPE,
                ChunkerParams.class,
                "2-net neural sequence chunker: automatizer A + chunker C fed only with A's prediction failures");
    }

    @Override
    public Learner create(ChunkerParams params, BuildContext context) {
        return new ChunkerLearner(params);
    }
}
