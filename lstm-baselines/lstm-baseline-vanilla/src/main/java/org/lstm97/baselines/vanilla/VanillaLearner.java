package org.lstm97.baselines.vanilla;

import java.util.random.RandomGenerator;
import org.lstm97.baselines.support.lstm.FullGradientBlockLstm;
import org.lstm97.core.api.Network;
import org.lstm97.core.train.GradientLearner;

/** The vanilla LSTM trained online (one full-gradient change per sequence) by the shared loop. */
public final class VanillaLearner extends GradientLearner {
    private final VanillaParams params;

    public VanillaLearner(VanillaParams params) {
        this.params = params;
    }

    public VanillaParams params() {
        return params;
    }

    @Override
    public Network createNetwork(int inputSize, int outputSize, RandomGenerator init) {
        return new FullGradientBlockLstm(params.spec(inputSize, outputSize), params.optimizerSettings(), init);
    }
}
