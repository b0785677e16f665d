package org.lstm97.tasks.lag;

import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.TaskFactory;

/** Registers {@code long-lag}. */
public final class LongLagTaskFactory extends TaskFactory<LongLagParams> {

    public LongLagTaskFactory() {
        super(
                "long-lag",
                LongLagParams.class,
                "Exp. 2a/2b: noise-free long time lag p, next-symbol prediction over a1..a(p-1), x, y");
    }

    @Override
    public SequenceTask create(LongLagParams params, BuildContext context) {
        return new LongLagTask(params);
    }
}
