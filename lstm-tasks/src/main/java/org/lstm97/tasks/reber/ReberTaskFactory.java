package org.lstm97.tasks.reber;

import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.TaskFactory;

/** Registers {@code reber}. */
public final class ReberTaskFactory extends TaskFactory<ReberParams> {

    public ReberTaskFactory() {
        super(
                "reber",
                ReberParams.class,
                "Reber grammar, next-symbol prediction, strings generated on-line " + "(building block of Exp. 1)");
    }

    @Override
    public SequenceTask create(ReberParams params, BuildContext context) {
        return new ReberTask(params);
    }
}
