package org.lstm97.core.train;

import java.util.random.RandomGenerator;
import org.lstm97.core.api.Learner;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.TrainingContext;
import org.lstm97.core.api.TrialOutcome;

/**
 * A learner trained by the shared {@link OnlineLoop}: subclasses only build the network (template method).
 */
public abstract class GradientLearner implements Learner {

    /**
     * A fresh network with its weights drawn from {@code init}. Public so benchmarks can time the step.
     */
    public abstract Network createNetwork(int inputSize, int outputSize, RandomGenerator init);

    @Override
    public final TrialOutcome train(TrainingContext context) {
        Network network =
                createNetwork(context.task().inputSize(), context.task().outputSize(), context.random("init"));
        return OnlineLoop.train(network, context);
    }
}
