package org.lstm97.baselines.gru;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstm97.baselines.support.optim.Optimizer;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.testkit.FiniteDifferences;
import org.lstm97.core.testkit.SmallSequences;

/** The GRU's BPTT is the exact gradient for every option (biases, connectivity, output units, input coding). */
class GruGradientTest {

    static Stream<Arguments> options() {
        return Stream.of(
                Arguments.of("biases, dense", 3, true, Connectivity.F, OutputActivation.LOGISTIC, false),
                Arguments.of("biases, one-hot", 2, true, Connectivity.F, OutputActivation.LOGISTIC, true),
                Arguments.of("no biases", 3, false, Connectivity.F, OutputActivation.LOGISTIC, false),
                Arguments.of("update-gate biases only", 2, false, Connectivity.F, OutputActivation.LOGISTIC, true),
                Arguments.of("outputs read the inputs", 2, true, Connectivity.B, OutputActivation.LOGISTIC, true),
                Arguments.of("linear outputs", 4, true, Connectivity.F, OutputActivation.LINEAR, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void gradientEqualsFiniteDifferences(
            String name, int units, boolean bias, Connectivity connectivity, OutputActivation output, boolean oneHot) {
        GruParams p = new GruParams(
                units, 0.5, 0.8, output, connectivity, bias, units == 2 ? 0.4 : null, Optimizer.SGD, 0.9, 0.999, 1e-8);
        SplittableRandom data = new SplittableRandom(units + 40L);
        Sequence seq = oneHot ? SmallSequences.oneHotRandom(data, 9, 3, 2) : SmallSequences.denseRandom(data, 9, 3, 2);
        GruNetwork net = (GruNetwork) new GruLearner(p).createNetwork(3, 2, new SplittableRandom(6));
        double[] weights = net.weights();
        SmallSequences.present(net, seq, true);
        double[] gradient = net.lastGradient();
        GruNetwork probe = new GruNetwork(net.layout(), output, p.optimizerSettings(), weights);
        double[] numeric = FiniteDifferences.descent(probe, probe.liveWeights(), seq, 1e-6);
        double largest = 0.0;
        for (int i = 0; i < numeric.length; i++) {
            assertThat(gradient[i])
                    .as("weight %d", i)
                    .isCloseTo(numeric[i], within(1e-8 + 1e-5 * Math.abs(numeric[i])));
            if (!net.layout().isWeight(i)) {
                assertThat(gradient[i]).isEqualTo(0.0);
            }
            largest = Math.max(largest, Math.abs(numeric[i]));
        }
        assertThat(largest).isGreaterThan(1e-3);
        GruLayout l = net.layout();
        assertThat(Math.abs(gradient[l.resetRow(0) + l.inputs]))
                .as("the reset gate's recurrent weight learns")
                .isGreaterThan(1e-8);
    }
}
