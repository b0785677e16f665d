package org.lstm97.baselines.elman;

import java.util.random.RandomGenerator;
import org.lstm97.core.api.Network;
import org.lstm97.core.random.Draws;
import org.lstm97.core.train.GradientLearner;

/** An Elman net trained by the shared online loop; builds one {@link ElmanNetwork} per trial. */
public final class ElmanLearner extends GradientLearner {
    private final ElmanParams params;

    public ElmanLearner(ElmanParams params) {
        this.params = params;
    }

    @Override
    public Network createNetwork(int inputSize, int outputSize, RandomGenerator init) {
        int count = ElmanNetwork.weightCount(inputSize, params.hiddenUnits(), outputSize, params.bias());
        double[] weights = new double[count];
        double r = params.initRange();
        for (int i = 0; i < count; i++) {
            weights[i] = Draws.uniform(init, -r, r);
        }
        return new ElmanNetwork(
                inputSize,
                params.hiddenUnits(),
                outputSize,
                params.bias(),
                weights,
                params.learningRate(),
                params.momentum(),
                params.contextInit());
    }

    public ElmanParams params() {
        return params;
    }
}
