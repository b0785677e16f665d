package org.lstm97.tasks.twosequence;

import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.TaskFactory;

/** Registers {@code two-sequence}. */
public final class TwoSequenceTaskFactory extends TaskFactory<TwoSequenceParams> {

    public TwoSequenceTaskFactory() {
        super(
                "two-sequence",
                TwoSequenceParams.class,
                "Exp. 3a/3b/3c: Bengio et al.'s 2-sequence problem, N informative inputs then Gaussian noise");
    }

    @Override
    public SequenceTask create(TwoSequenceParams params, BuildContext context) {
        return new TwoSequenceTask(params);
    }
}
