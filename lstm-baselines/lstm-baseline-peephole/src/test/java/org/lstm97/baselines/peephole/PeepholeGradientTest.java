package org.lstm97.baselines.peephole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
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
import org.lstm97.core.lstm.GradientMode;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.lstm.UpdateTiming;
import org.lstm97.core.testkit.FiniteDifferences;
import org.lstm97.core.testkit.SmallSequences;

/** {@code gradient: full} is the exact gradient of the learner's net for every option of the learner. */
class PeepholeGradientTest {

    static Stream<Arguments> options() {
        return Stream.of(
                Arguments.of(
                        "defaults (ga), one-hot",
                        2,
                        2,
                        BiasUnits.GA,
                        Connectivity.F,
                        true,
                        OutputActivation.LOGISTIC,
                        Squash.SYMMETRIC_2,
                        Squash.SYMMETRIC_1,
                        true),
                Arguments.of(
                        "all biases, dense",
                        2,
                        2,
                        BiasUnits.ALL,
                        Connectivity.F,
                        true,
                        OutputActivation.LOGISTIC,
                        Squash.SYMMETRIC_2,
                        Squash.SYMMETRIC_1,
                        false),
                Arguments.of(
                        "b1, linear output",
                        3,
                        1,
                        BiasUnits.B1,
                        Connectivity.F,
                        true,
                        OutputActivation.LINEAR,
                        Squash.SYMMETRIC_2,
                        Squash.SYMMETRIC_1,
                        false),
                Arguments.of(
                        "no bias (forget bias only)",
                        2,
                        1,
                        BiasUnits.NONE,
                        Connectivity.F,
                        true,
                        OutputActivation.LOGISTIC,
                        Squash.SYMMETRIC_2,
                        Squash.SYMMETRIC_1,
                        true),
                Arguments.of(
                        "Exp. 2a net: B, no output gate, g logistic, h identity",
                        1,
                        1,
                        BiasUnits.NONE,
                        Connectivity.B,
                        false,
                        OutputActivation.LOGISTIC,
                        Squash.LOGISTIC,
                        Squash.IDENTITY,
                        true),
                Arguments.of(
                        "tanh squashes",
                        2,
                        2,
                        BiasUnits.ALL,
                        Connectivity.F,
                        true,
                        OutputActivation.LOGISTIC,
                        Squash.TANH,
                        Squash.TANH,
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void fullGradientEqualsFiniteDifferences(
            String name,
            int blocks,
            int size,
            BiasUnits bias,
            Connectivity connectivity,
            boolean outputGates,
            OutputActivation output,
            Squash g,
            Squash h,
            boolean oneHot) {
        PeepholeParams p = new PeepholeParams(
                blocks,
                size,
                0.5,
                0.7,
                g,
                h,
                output,
                connectivity,
                bias,
                bias.gates() ? List.copyOf(java.util.Collections.nCopies(blocks, -0.5)) : null,
                null,
                0.8,
                outputGates,
                GradientMode.FULL,
                UpdateTiming.PER_SEQUENCE,
                Optimizer.SGD,
                0.9,
                0.999,
                1e-8);
        SplittableRandom data = new SplittableRandom(blocks * 10L + size);
        Sequence seq = oneHot ? SmallSequences.oneHotRandom(data, 8, 3, 2) : SmallSequences.denseRandom(data, 8, 3, 2);
        FullGradientBlockLstm net =
                (FullGradientBlockLstm) new PeepholeLearner(p).createNetwork(3, 2, new SplittableRandom(5));
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
        int forgetBias = net.layout().hiddenRowOffset(net.layout().forgetGateUnit(0))
                + net.layout().sourceWidth()
                - 1;
        assertThat(Math.abs(gradient[forgetBias]))
                .as("the forget gate's bias gets a gradient")
                .isGreaterThan(1e-8);
        assertThat(Math.abs(gradient[net.layout().inputPeephole(0)]))
                .as("peepholes get a gradient")
                .isGreaterThan(1e-8);
    }
}
