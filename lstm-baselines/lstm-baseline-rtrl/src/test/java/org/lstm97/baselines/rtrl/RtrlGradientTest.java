package org.lstm97.baselines.rtrl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstm97.baselines.support.Architecture;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.testkit.FiniteDifferences;
import org.lstm97.core.testkit.SmallSequences;

/** Offline RTRL is the exact gradient: it must equal finite differences; real-time RTRL approaches it. */
class RtrlGradientTest {

    static Stream<Arguments> nets() {
        return Stream.of(
                Arguments.of(Architecture.FULLY_RECURRENT, 2, false, false, 1L),
                Arguments.of(Architecture.FULLY_RECURRENT, 3, true, false, 2L),
                Arguments.of(Architecture.FULLY_RECURRENT, 2, true, true, 3L),
                Arguments.of(Architecture.LAYERED, 1, false, false, 4L),
                Arguments.of(Architecture.LAYERED, 2, true, false, 5L),
                Arguments.of(Architecture.LAYERED, 3, false, true, 6L));
    }

    private static RtrlNetwork network(
            Architecture arch, int hidden, boolean bias, WeightUpdate update, double lr, long seed) {
        RtrlParams params = new RtrlParams(arch, hidden, lr, 1.0, bias, update);
        return (RtrlNetwork) new RtrlLearner(params).createNetwork(3, 2, new SplittableRandom(seed));
    }

    private static Sequence sequence(boolean oneHot, long seed) {
        SplittableRandom random = new SplittableRandom(seed + 100);
        return oneHot ? SmallSequences.oneHotRandom(random, 7, 3, 2) : SmallSequences.denseRandom(random, 7, 3, 2);
    }

    /** The offline sum of e_k p^k over the sequence, before it is applied. */
    private static double[] offlineGradient(RtrlNetwork net, Sequence seq) {
        double[] out = new double[net.outputSize()];
        net.startSequence();
        for (int t = 0; t < seq.length(); t++) {
            net.step(seq, t, out, true);
        }
        return net.gradient.clone();
    }

    @ParameterizedTest
    @MethodSource("nets")
    void offlineGradientEqualsFiniteDifferences(
            Architecture arch, int hidden, boolean bias, boolean oneHot, long seed) {
        RtrlNetwork net = network(arch, hidden, bias, WeightUpdate.SEQUENCE, 1.0, seed);
        Sequence seq = sequence(oneHot, seed);
        double[] gradient = offlineGradient(net, seq);
        RtrlNetwork probe = network(arch, hidden, bias, WeightUpdate.SEQUENCE, 1.0, seed);
        double[] descent = FiniteDifferences.descent(probe, probe.weights, seq, 1e-6);
        double largest = 0.0;
        for (int i = 0; i < descent.length; i++) {
            double numeric = descent[i];
            assertThat(gradient[i]).as("weight %d", i).isCloseTo(numeric, within(1e-7 + 1e-5 * Math.abs(numeric)));
            largest = Math.max(largest, Math.abs(numeric));
        }
        assertThat(largest).as("the check must not be vacuous").isGreaterThan(1e-3);
    }

    @ParameterizedTest
    @MethodSource("nets")
    void realTimeChangeApproachesTheOfflineGradientForSmallRates(
            Architecture arch, int hidden, boolean bias, boolean oneHot, long seed) {
        Sequence seq = sequence(oneHot, seed);
        double[] gradient = offlineGradient(network(arch, hidden, bias, WeightUpdate.SEQUENCE, 1.0, seed), seq);
        double lr = 1e-6;
        RtrlNetwork online = network(arch, hidden, bias, WeightUpdate.STEP, lr, seed);
        double[] before = online.weights.clone();
        SmallSequences.present(online, seq, true);
        for (int i = 0; i < gradient.length; i++) {
            double change = (online.weights[i] - before[i]) / lr;
            assertThat(change).as("weight %d", i).isCloseTo(gradient[i], within(1e-4 + 1e-3 * Math.abs(gradient[i])));
        }
    }

    @ParameterizedTest
    @MethodSource("nets")
    void offlineUpdateAppliesRateTimesGradientAtTheEnd(
            Architecture arch, int hidden, boolean bias, boolean oneHot, long seed) {
        Sequence seq = sequence(oneHot, seed);
        double[] gradient = offlineGradient(network(arch, hidden, bias, WeightUpdate.SEQUENCE, 1.0, seed), seq);
        RtrlNetwork net = network(arch, hidden, bias, WeightUpdate.SEQUENCE, 0.5, seed);
        double[] before = net.weights.clone();
        double[] out = new double[2];
        net.startSequence();
        for (int t = 0; t < seq.length(); t++) {
            net.step(seq, t, out, true);
            assertThat(net.weights).as("no change before the end").containsExactly(before);
        }
        net.endSequence(true);
        for (int i = 0; i < gradient.length; i++) {
            assertThat(net.weights[i]).isCloseTo(before[i] + 0.5 * gradient[i], within(1e-12));
        }
        assertThat(net.gradient).containsOnly(0.0);
    }
}
