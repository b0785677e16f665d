package org.lstm97.baselines.bptt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstm97.baselines.support.Architecture;
import org.lstm97.baselines.support.Topology;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.testkit.FiniteDifferences;
import org.lstm97.core.testkit.SmallSequences;

/** Untruncated BPTT is the exact gradient: finite differences and offline RTRL agree with it. */
class BpttGradientTest {
    private static final int LENGTH = 7;

    static Stream<Arguments> nets() {
        return Stream.of(
                Arguments.of(Architecture.FULLY_RECURRENT, 2, false, false, 1L),
                Arguments.of(Architecture.FULLY_RECURRENT, 3, true, false, 2L),
                Arguments.of(Architecture.FULLY_RECURRENT, 2, true, true, 3L),
                Arguments.of(Architecture.LAYERED, 1, false, false, 4L),
                Arguments.of(Architecture.LAYERED, 2, true, false, 5L),
                Arguments.of(Architecture.LAYERED, 3, false, true, 6L));
    }

    static BpttNetwork network(
            Architecture arch, int hidden, boolean bias, WeightUpdate update, double lr, int truncation, long seed) {
        BpttParams params = new BpttParams(arch, hidden, lr, 1.0, bias, truncation, update);
        return (BpttNetwork) new BpttLearner(params).createNetwork(3, 2, new SplittableRandom(seed));
    }

    static Sequence sequence(boolean oneHot, long seed) {
        SplittableRandom random = new SplittableRandom(seed + 100);
        return oneHot
                ? SmallSequences.oneHotRandom(random, LENGTH, 3, 2)
                : SmallSequences.denseRandom(random, LENGTH, 3, 2);
    }

    /** The sequence's gradient, computed but not applied. */
    static double[] gradient(BpttNetwork net, Sequence seq) {
        double[] out = new double[net.outputSize()];
        net.startSequence();
        for (int t = 0; t < seq.length(); t++) {
            net.step(seq, t, out, true);
        }
        net.accumulateSequenceGradient();
        return net.gradient.clone();
    }

    @ParameterizedTest
    @MethodSource("nets")
    void fullGradientEqualsFiniteDifferences(Architecture arch, int hidden, boolean bias, boolean oneHot, long seed) {
        Sequence seq = sequence(oneHot, seed);
        double[] gradient = gradient(network(arch, hidden, bias, WeightUpdate.SEQUENCE, 1.0, 0, seed), seq);
        BpttNetwork probe = network(arch, hidden, bias, WeightUpdate.SEQUENCE, 1.0, 0, seed);
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
    void fullGradientEqualsOfflineRtrl(Architecture arch, int hidden, boolean bias, boolean oneHot, long seed) {
        Sequence seq = sequence(oneHot, seed);
        BpttNetwork net = network(arch, hidden, bias, WeightUpdate.SEQUENCE, 1.0, 0, seed);
        double[] weights = net.weights.clone();
        double[] bptt = gradient(net, seq);
        Topology top = arch.build(3, hidden, 2, bias);
        double[] rtrl = ReferenceRtrl.offlineGradient(top, weights, seq);
        for (int i = 0; i < bptt.length; i++) {
            assertThat(bptt[i]).as("weight %d", i).isCloseTo(rtrl[i], within(1e-12 + 1e-10 * Math.abs(rtrl[i])));
        }
    }

    @ParameterizedTest
    @MethodSource("nets")
    void aTruncationAsLongAsTheSequenceIsFullBptt(
            Architecture arch, int hidden, boolean bias, boolean oneHot, long seed) {
        Sequence seq = sequence(oneHot, seed);
        double[] full = gradient(network(arch, hidden, bias, WeightUpdate.SEQUENCE, 1.0, 0, seed), seq);
        double[] truncated = gradient(network(arch, hidden, bias, WeightUpdate.SEQUENCE, 1.0, LENGTH, seed), seq);
        for (int i = 0; i < full.length; i++) {
            assertThat(truncated[i]).isCloseTo(full[i], within(1e-12));
        }
    }

    @ParameterizedTest
    @MethodSource("nets")
    void stepUpdatesWithASmallRateApproachTheFullGradient(
            Architecture arch, int hidden, boolean bias, boolean oneHot, long seed) {
        Sequence seq = sequence(oneHot, seed);
        double[] full = gradient(network(arch, hidden, bias, WeightUpdate.SEQUENCE, 1.0, 0, seed), seq);
        double lr = 1e-6;
        BpttNetwork online = network(arch, hidden, bias, WeightUpdate.STEP, lr, 0, seed);
        double[] before = online.weights.clone();
        SmallSequences.present(online, seq, true);
        for (int i = 0; i < full.length; i++) {
            double change = (online.weights[i] - before[i]) / lr;
            assertThat(change).as("weight %d", i).isCloseTo(full[i], within(1e-4 + 1e-3 * Math.abs(full[i])));
        }
    }

    @ParameterizedTest
    @MethodSource("nets")
    void oneStepTruncationKeepsOutputGradientsOfTheLayeredNetButCutsRecurrentOnes(
            Architecture arch, int hidden, boolean bias, boolean oneHot, long seed) {
        Sequence seq = sequence(oneHot, seed);
        BpttNetwork net = network(arch, hidden, bias, WeightUpdate.SEQUENCE, 1.0, 1, seed);
        double[] oneStep = gradient(net, seq);
        double[] full = gradient(network(arch, hidden, bias, WeightUpdate.SEQUENCE, 1.0, 0, seed), seq);
        Topology top = arch.build(3, hidden, 2, bias);
        int firstOutputWeight = top.offset(top.units() - top.outputs());
        double hiddenDifference = 0.0;
        for (int i = 0; i < full.length; i++) {
            if (arch == Architecture.LAYERED && i >= firstOutputWeight) {
                assertThat(oneStep[i]).as("output weight %d", i).isCloseTo(full[i], within(1e-12));
            }
            hiddenDifference = Math.max(hiddenDifference, Math.abs(oneStep[i] - full[i]));
        }
        assertThat(hiddenDifference).as("truncation must change some gradient").isGreaterThan(1e-6);
    }
}
