package org.lstm97.tasks.adding;

import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.TaskFactory;

/** Registers {@code adding}. */
public final class AddingTaskFactory extends TaskFactory<AddingParams> {

    public AddingTaskFactory() {
        super(
                "adding",
                AddingParams.class,
                "Exp. 4: adding problem, target 0.5 + (X1 + X2)/4 at the end of [T, T+T/10] marked pairs");
    }

    @Override
    public SequenceTask create(AddingParams params, BuildContext context) {
        return new AddingTask(params);
    }
}
