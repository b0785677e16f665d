package org.lstm97.baselines.rtrl;

import java.util.random.RandomGenerator;
import org.lstm97.baselines.support.InitialWeights;
import org.lstm97.baselines.support.Topology;
import org.lstm97.core.api.Network;
import org.lstm97.core.train.GradientLearner;

/** RTRL trained by the shared online loop; builds one {@link RtrlNetwork} per trial. */
public final class RtrlLearner extends GradientLearner {
    private final RtrlParams params;

    public RtrlLearner(RtrlParams params) {
        this.params = params;
    }

    @Override
    public Network createNetwork(int inputSize, int outputSize, RandomGenerator init) {
        Topology top = params.architecture().build(inputSize, params.hiddenUnits(), outputSize, params.bias());
        double[] weights = InitialWeights.uniform(top.weightCount(), params.initRange(), init);
        return new RtrlNetwork(top, weights, params.learningRate(), params.update() == WeightUpdate.STEP);
    }

    public RtrlParams params() {
        return params;
    }
}
