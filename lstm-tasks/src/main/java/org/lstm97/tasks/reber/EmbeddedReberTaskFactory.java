package org.lstm97.tasks.reber;

import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.TaskFactory;

/**
 * Registers {@code embedded-reber}. Trial i uses train/test pair k = i % pairs, drawn from the shared stream
 * {@code "reber-pair-" + k}, so every row and trial of an experiment sees the same three pairs.
 */
public final class EmbeddedReberTaskFactory extends TaskFactory<EmbeddedReberParams> {

    public EmbeddedReberTaskFactory() {
        super(
                "embedded-reber",
                EmbeddedReberParams.class,
                "Exp. 1: embedded Reber grammar, fixed 256/256 train/test pairs, next-symbol prediction");
    }

    @Override
    public SequenceTask create(EmbeddedReberParams params, BuildContext context) {
        int pair = context.trialIndex() % params.pairs();
        ReberSetPair sets = ReberSetPair.draw(context.sharedRandom("reber-pair-" + pair), params);
        return new EmbeddedReberTask(params, sets);
    }
}
