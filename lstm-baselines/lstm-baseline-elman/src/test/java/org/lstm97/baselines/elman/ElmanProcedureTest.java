package org.lstm97.baselines.elman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstm97.core.api.Sequence;

/**
 * Elman's one-step procedure on a 1-1-1 net worked out by hand: weights w_in = 0.3, w_context = -0.2,
 * w_out = 0.4, no bias, learning rate 0.5, context 0.5 at the start; inputs 1.0 then 0.5, targets 1.0 then 0.0.
 *
 * <pre>
 * step 0: h = f(0.3*1 - 0.2*0.5) = f(0.2) = 0.549833997; y = f(0.4 h) = 0.554762834
 *         theta_o = y(1-y)(1-y); theta_h = h(1-h) * 0.4 * theta_o
 *         w_in += 0.5 theta_h * 1; w_context += 0.5 theta_h * 0.5; w_out += 0.5 theta_o h
 * step 1: context = h of step 0 (copied, not trained through), input 0.5, target 0.0, same rule
 * </pre>
 * The expected values were computed independently (double precision, outside the code under test).
 */
class ElmanProcedureTest {

    private static ElmanNetwork handNet(double momentum) {
        return new ElmanNetwork(1, 1, 1, false, new double[] {0.3, -0.2, 0.4}, 0.5, momentum, 0.5);
    }

    private static Sequence handSequence() {
        return Sequence.builder(2, 1, 1)
                .input(0, 0, 1.0)
                .target(0, 0, 1.0)
                .input(1, 0, 0.5)
                .target(1, 0, 0.0)
                .build();
    }

    @Test
    void oneStepBackPropagationMatchesTheHandComputation() {
        ElmanNetwork net = handNet(0.0);
        Sequence seq = handSequence();
        double[] out = new double[1];
        net.startSequence();
        net.step(seq, 0, out, true);
        assertThat(net.hidden[0]).isCloseTo(0.549833997312478, within(1e-14));
        assertThat(out[0]).isCloseTo(0.554762834032807, within(1e-14));
        assertThat(net.weights)
                .containsExactly(
                        new double[] {0.305444079467999, -0.197277960266001, 0.430233732864638}, within(1e-14));
        net.step(seq, 1, out, true);
        assertThat(net.context[0]).as("context = previous hidden").isCloseTo(0.549833997312478, within(1e-14));
        assertThat(net.hidden[0]).isCloseTo(0.511061172595624, within(1e-14));
        assertThat(out[0]).isCloseTo(0.554748546727361, within(1e-14));
        assertThat(net.weights)
                .containsExactly(
                        new double[] {0.301761352067813, -0.201327737720913, 0.395219825094505}, within(1e-14));
        net.endSequence(true);
        assertThat(net.diverged()).isFalse();
    }

    @Test
    void momentumAddsTheScaledPreviousChange() {
        ElmanNetwork net = handNet(0.9);
        Sequence seq = handSequence();
        double[] out = new double[1];
        net.startSequence();
        net.step(seq, 0, out, true);
        net.step(seq, 1, out, true);
        assertThat(net.weights)
                .containsExactly(
                        new double[] {0.306661023589012, -0.198877901960313, 0.422430184672680}, within(1e-14));
    }

    @Test
    void evaluationLeavesWeightsAlone() {
        ElmanNetwork net = handNet(0.0);
        double[] out = new double[1];
        net.startSequence();
        net.step(handSequence(), 0, out, false);
        net.step(handSequence(), 1, out, false);
        assertThat(net.weights).containsExactly(0.3, -0.2, 0.4);
    }

    @Test
    void contextStartsAtContextInitEverySequence() {
        ElmanNetwork net = handNet(0.0);
        double[] out = new double[1];
        net.startSequence();
        net.step(handSequence(), 0, out, false);
        net.step(handSequence(), 1, out, false);
        net.startSequence();
        net.step(handSequence(), 0, out, false);
        assertThat(net.context[0]).isEqualTo(0.5);
    }

    @ParameterizedTest(name = "{0} hidden, bias {1}: {2} weights")
    @CsvSource({"15, false, 435", "15, true, 457", "3, false, 51"})
    void weightCountMatchesThePapersEstimate(int hidden, boolean bias, int weights) {
        ElmanLearner learner = new ElmanLearner(new ElmanParams(hidden, 0.1, 0.0, 0.2, bias, 0.5));
        assertThat(learner.createNetwork(7, 7, new SplittableRandom(1)).weightCount())
                .isEqualTo(weights);
    }

    @Test
    void oneHotAndDenseInputsGiveTheSameChanges() {
        ElmanLearner learner = new ElmanLearner(new ElmanParams(4, 0.3, 0.0, 0.5, true, 0.5));
        ElmanNetwork sparse = (ElmanNetwork) learner.createNetwork(3, 2, new SplittableRandom(5));
        ElmanNetwork dense = (ElmanNetwork) learner.createNetwork(3, 2, new SplittableRandom(5));
        int[] symbols = {2, 0, 1, 1, 2};
        Sequence.Builder oneHot = Sequence.builder(5, 3, 2);
        Sequence.Builder plain = Sequence.builder(5, 3, 2);
        for (int t = 0; t < 5; t++) {
            oneHot.oneHot(t, symbols[t]);
            plain.input(t, symbols[t], 1.0);
            oneHot.target(t, t % 2, 1.0);
            plain.target(t, t % 2, 1.0);
        }
        double[] out = new double[2];
        Sequence a = oneHot.build();
        Sequence b = plain.build();
        sparse.startSequence();
        dense.startSequence();
        for (int t = 0; t < 5; t++) {
            sparse.step(a, t, out, true);
            dense.step(b, t, out, true);
        }
        assertThat(sparse.weights).containsExactly(dense.weights, within(1e-15));
    }

    @Test
    void aNonFiniteWeightMarksTheNetworkDiverged() {
        ElmanNetwork net = new ElmanNetwork(1, 1, 1, false, new double[] {Double.NaN, 0.1, 0.1}, 0.5, 0.0, 0.5);
        double[] out = new double[1];
        net.startSequence();
        net.step(handSequence(), 0, out, true);
        assertThat(net.diverged()).isTrue();
    }
}
