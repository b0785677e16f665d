package org.lstm97.baselines.vanilla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstm97.baselines.support.lstm.FullGradientBlockLstm;
import org.lstm97.baselines.support.lstm.Squash;
import org.lstm97.baselines.support.optim.Optimizer;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.lstm.BiasUnits;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.testkit.FiniteDifferences;
import org.lstm97.core.testkit.SmallSequences;

/** The learner's BPTT is the exact gradient of its net for every option. */
class VanillaGradientTest {

    static Stream<Arguments> options() {
        return Stream.of(
                Arguments.of(
                        "defaults, dense",
                        3,
                        BiasUnits.ALL,
                        Connectivity.F,
                        OutputActivation.LOGISTIC,
                        Squash.TANH,
                        Squash.TANH,
                        false),
                Arguments.of(
                        "defaults, one-hot",
                        2,
                        BiasUnits.ALL,
                        Connectivity.F,
                        OutputActivation.LOGISTIC,
                        Squash.TANH,
                        Squash.TANH,
                        true),
                Arguments.of(
                        "linear output, gates-only bias",
                        3,
                        BiasUnits.GA,
                        Connectivity.F,
                        OutputActivation.LINEAR,
                        Squash.TANH,
                        Squash.TANH,
                        false),
                Arguments.of(
                        "no bias",
                        2,
                        BiasUnits.NONE,
                        Connectivity.F,
                        OutputActivation.LOGISTIC,
                        Squash.TANH,
                        Squash.TANH,
                        true),
                Arguments.of(
                        "connectivity B",
                        2,
                        BiasUnits.ALL,
                        Connectivity.B,
                        OutputActivation.LOGISTIC,
                        Squash.TANH,
                        Squash.TANH,
                        false),
                Arguments.of(
                        "the 1997 squashes",
                        2,
                        BiasUnits.ALL,
                        Connectivity.F,
                        OutputActivation.LOGISTIC,
                        Squash.SYMMETRIC_2,
                        Squash.SYMMETRIC_1,
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void gradientEqualsFiniteDifferences(
            String name,
            int cells,
            BiasUnits bias,
            Connectivity connectivity,
            OutputActivation output,
            Squash g,
            Squash h,
            boolean oneHot) {
        VanillaParams p = new VanillaParams(
                cells, 0.5, 0.7, g, h, output, connectivity, bias, null, null, 0.8, Optimizer.SGD, 0.9, 0.999, 1e-8);
        SplittableRandom data = new SplittableRandom(cells);
        Sequence seq = oneHot ? SmallSequences.oneHotRandom(data, 8, 3, 2) : SmallSequences.denseRandom(data, 8, 3, 2);
        FullGradientBlockLstm net =
                (FullGradientBlockLstm) new VanillaLearner(p).createNetwork(3, 2, new SplittableRandom(5));
        double[] weights = net.weights();
        SmallSequences.present(net, seq, true);
        double[] gradient = net.lastGradient();
        FullGradientBlockLstm probe = new FullGradientBlockLstm(net.layout(), p.optimizerSettings(), weights);
        double[] numeric = FiniteDifferences.descent(probe, probe.liveWeights(), seq, 1e-6);
        double largest = 0.0;
        for (int i = 0; i < numeric.length; i++) {
            assertThat(gradient[i])
                    .as("weight %d", i)
                    .isCloseTo(numeric[i], within(1e-8 + 1e-5 * Math.abs(numeric[i])));
            largest = Math.max(largest, Math.abs(numeric[i]));
        }
        assertThat(largest).isGreaterThan(1e-3);
        assertThat(Math.abs(gradient[net.layout().outputPeephole(0)])).isGreaterThan(1e-8);
    }
}
