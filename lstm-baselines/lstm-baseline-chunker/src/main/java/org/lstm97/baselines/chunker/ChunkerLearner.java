package org.lstm97.baselines.chunker;

import java.util.random.RandomGenerator;
import org.lstm97.core.api.Network;
import org.lstm97.core.train.GradientLearner;

/** The 2-net chunker trained by the shared online loop: one sequence after another, both nets learning online. */
public final class ChunkerLearner extends GradientLearner {
    private final ChunkerParams params;

    public ChunkerLearner(ChunkerParams params) {
        this.params = params;
    }

    @Override
    public Network createNetwork(int inputSize, int outputSize, RandomGenerator init) {
        return new ChunkerNetwork(inputSize, outputSize, params, init);
    }
}
