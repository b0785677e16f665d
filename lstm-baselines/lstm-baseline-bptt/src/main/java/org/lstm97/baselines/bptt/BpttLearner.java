package org.lstm97.baselines.bptt;

import java.util.random.RandomGenerator;
import org.lstm97.baselines.support.InitialWeights;
import org.lstm97.baselines.support.Topology;
import org.lstm97.core.api.Network;
import org.lstm97.core.train.GradientLearner;

/** BPTT trained by the shared online loop; builds one {@link BpttNetwork} per trial. */
public final class BpttLearner extends GradientLearner {
    private final BpttParams params;

    public BpttLearner(BpttParams params) {
        this.params = params;
    }

    @Override
    public Network createNetwork(int inputSize, int outputSize, RandomGenerator init) {
        Topology top = params.architecture().build(inputSize, params.hiddenUnits(), outputSize, params.bias());
        double[] weights = InitialWeights.uniform(top.weightCount(), params.initRange(), init);
        return new BpttNetwork(
                top, weights, params.learningRate(), params.update() == WeightUpdate.STEP, params.truncation());
    }

    public BpttParams params() {
        return params;
    }
}
