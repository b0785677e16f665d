package org.lstm97.tasks.lag;

import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.TaskFactory;

/** Registers {@code very-long-lag}. */
public final class VeryLongLagTaskFactory extends TaskFactory<VeryLongLagParams> {

    public VeryLongLagTaskFactory() {
        super(
                "very-long-lag",
                VeryLongLagParams.class,
                "Exp. 2c: very long time lag q+1 with p distractor symbols and a trigger e, target at the end");
    }

    @Override
    public SequenceTask create(VeryLongLagParams params, BuildContext context) {
        return new VeryLongLagTask(params);
    }
}
