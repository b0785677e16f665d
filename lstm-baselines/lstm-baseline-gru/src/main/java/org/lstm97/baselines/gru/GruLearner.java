package org.lstm97.baselines.gru;

import java.util.random.RandomGenerator;
import org.lstm97.core.api.Network;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.train.GradientLearner;

/** The GRU trained online (one full-gradient change per sequence) by the shared loop. */
public final class GruLearner extends GradientLearner {
    private final GruParams params;

    public GruLearner(GruParams params) {
        this.params = params;
    }

    public GruParams params() {
        return params;
    }

    @Override
    public Network createNetwork(int inputSize, int outputSize, RandomGenerator init) {
        GruLayout layout = new GruLayout(
                inputSize,
                params.hiddenUnits(),
                outputSize,
                params.bias(),
                params.updateGateBias() != null,
                params.connectivity() == Connectivity.B);
        return new GruNetwork(
                layout,
                params.outputActivation(),
                params.optimizerSettings(),
                layout.initialWeights(params.initRange(), params.updateGateBias(), init));
    }
}
