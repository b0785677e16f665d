package org.lstm97.tasks.multiplication;

import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.TaskFactory;

/** Registers {@code multiplication}. */
public final class MultiplicationTaskFactory extends TaskFactory<MultiplicationParams> {

    public MultiplicationTaskFactory() {
        super(
                "multiplication",
                MultiplicationParams.class,
                "Exp. 5: multiplication problem, target X1 * X2 at the end of [T, T+T/10] marked pairs");
    }

    @Override
    public SequenceTask create(MultiplicationParams params, BuildContext context) {
        return new MultiplicationTask(params);
    }
}
