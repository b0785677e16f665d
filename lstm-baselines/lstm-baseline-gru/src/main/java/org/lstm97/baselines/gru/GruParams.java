package org.lstm97.baselines.gru;

import org.lstm97.baselines.support.lstm.ParamChecks;
import org.lstm97.baselines.support.optim.Optimizer;
import org.lstm97.baselines.support.optim.OptimizerSettings;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.plugin.Param;

/** Parameters of {@code gru}: one layer of gated recurrent units under the task's output units. */
public record GruParams(
        @Param(doc = "gated recurrent units (a row picks the count whose weights come closest to the 1997 net's)")
        int hiddenUnits,

        @Param(doc = "learning rate alpha (with optimizer adam, Adam's step size)")
        double learningRate,

        @Param(doc = "weights drawn uniformly from [-r, r]", value = "0.1")
        double initRange,

        @Param(doc = "output-unit activation: logistic | linear", value = "logistic")
        OutputActivation outputActivation,

        @Param(doc = "F: outputs read the units; B: outputs also read the inputs", value = "F")
        Connectivity connectivity,

        @Param(
                doc = "a bias on every gate, candidate and output unit (Cho et al. write eqs. (5)-(8) without)",
                value = "true")
        boolean bias,

        @Param(
                doc = "initial bias of every update gate z (positive keeps h(t-1): the GRU's counterpart of a forget "
                        + "gate opened at the start); given, the update gates have a bias weight even with bias false; null "
                        + "= drawn like other weights (Cho et al.)",
                value = "null")
        Double updateGateBias,

        @Param(
                doc = "sgd (plain gradient descent, the 1997 paper's rule) | adam (not in the 1997 paper)",
                value = "sgd")
        Optimizer optimizer,

        @Param(doc = "Adam's beta1", value = "0.9") double adamBeta1,
        @Param(doc = "Adam's beta2", value = "0.999") double adamBeta2,
        @Param(doc = "Adam's epsilon", value = "1.0e-8") double adamEpsilon) {

    public GruParams {
        ParamChecks.atLeastOne("hiddenUnits", hiddenUnits);
        ParamChecks.rateAndRange(learningRate, initRange);
        ParamChecks.given("outputActivation", outputActivation);
        ParamChecks.given("connectivity", connectivity);
        ParamChecks.finiteOrNull("updateGateBias", updateGateBias);
        new OptimizerSettings(optimizer, learningRate, adamBeta1, adamBeta2, adamEpsilon);
    }

    /** The defaults of every optional parameter, for code and tests. */
    public static GruParams of(int hiddenUnits, double learningRate) {
        return new GruParams(
                hiddenUnits,
                learningRate,
                0.1,
                OutputActivation.LOGISTIC,
                Connectivity.F,
                true,
                null,
                Optimizer.SGD,
                0.9,
                0.999,
                1e-8);
    }

    public OptimizerSettings optimizerSettings() {
        return new OptimizerSettings(optimizer, learningRate, adamBeta1, adamBeta2, adamEpsilon);
    }
}
