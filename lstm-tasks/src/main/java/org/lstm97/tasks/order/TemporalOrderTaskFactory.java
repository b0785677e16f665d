package org.lstm97.tasks.order;

import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.TaskFactory;

/** Registers {@code temporal-order}. */
public final class TemporalOrderTaskFactory extends TaskFactory<TemporalOrderParams> {

    public TemporalOrderTaskFactory() {
        super(
                "temporal-order",
                TemporalOrderParams.class,
                "Exp. 6a/6b: classify by the temporal order of widely separated X/Y symbols");
    }

    @Override
    public SequenceTask create(TemporalOrderParams params, BuildContext context) {
        return new TemporalOrderTask(params);
    }
}
