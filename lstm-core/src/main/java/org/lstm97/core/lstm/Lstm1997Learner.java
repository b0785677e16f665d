package org.lstm97.core.lstm;

import java.util.random.RandomGenerator;
import org.lstm97.core.api.Network;
import org.lstm97.core.train.GradientLearner;

/** The 1997 LSTM trained online by the shared loop; {@link #createNetwork} builds the net of one trial. */
public final class Lstm1997Learner extends GradientLearner {
    private final LstmParams params;

    public Lstm1997Learner(LstmParams params) {
        this.params = params;
    }

    public LstmParams params() {
        return params;
    }

    /**
     * Why this learner's trials cannot run in the lane engine ({@code org.lstm97.core.lanes}), or null when they
     * can: the engine covers the truncated gradient with every option but the sequential construction.
     */
    public String laneObstacle() {
        if (params.gradient() == GradientMode.FULL) {
            return "gradient: full";
        }
        if (params.sequentialConstruction()) {
            return "sequentialConstruction";
        }
        return null;
    }

    @Override
    public Network createNetwork(int inputSize, int outputSize, RandomGenerator init) {
        return params.gradient() == GradientMode.FULL
                ? new FullGradientLstm(params, inputSize, outputSize, init)
                : new TruncatedLstm(params, inputSize, outputSize, init);
    }
}
