package org.lstm97.baselines.peephole;

import java.util.random.RandomGenerator;
import org.lstm97.baselines.support.lstm.BlockLstmNetworks;
import org.lstm97.core.api.Network;
import org.lstm97.core.lstm.GradientMode;
import org.lstm97.core.lstm.UpdateTiming;
import org.lstm97.core.train.GradientLearner;

/** The peephole LSTM trained online by the shared loop; {@link #createNetwork} builds the net of one trial. */
public final class PeepholeLearner extends GradientLearner {
    private final PeepholeParams params;

    public PeepholeLearner(PeepholeParams params) {
        this.params = params;
    }

    public PeepholeParams params() {
        return params;
    }

    @Override
    public Network createNetwork(int inputSize, int outputSize, RandomGenerator init) {
        return BlockLstmNetworks.create(
                params.spec(inputSize, outputSize),
                params.gradient() == GradientMode.FULL,
                params.update() == UpdateTiming.PER_STEP,
                params.optimizerSettings(),
                init);
    }
}
