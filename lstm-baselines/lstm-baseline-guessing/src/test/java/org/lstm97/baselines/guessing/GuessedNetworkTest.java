package org.lstm97.baselines.guessing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.random.Seeds;

class GuessedNetworkTest {

    @ParameterizedTest
    @CsvSource({
        // in, hidden, architecture, bias, selfLoops, expected weights
        "1, 0, A1, true, true, 3", // latch variant II: self, input and bias weight of one unit
        "1, 1, A1, true, true, 8", // Bengio's 1-hidden fully connected net: 2 units x (in, bias, h, o)
        "1, 1, A2, true, true, 7", // hidden: in, bias, out, self; output: in, bias, hidden
        "1, 1, A2, true, false, 6", // A2 without hidden self-connections
        "1, 2, A1, false, true, 12", // 3 units x (in, h1, h2, o)
        "7, 3, A2, true, true, 41" // hidden 3 x (7 in, bias, self, out) + output (7 in, bias, 3 hidden)
    })
    void countsTheArchitecturesConnections(
            int in, int hidden, Architecture a, boolean bias, boolean self, int expected) {
        GuessedNetwork net = new GuessedNetwork(in, 1, hidden, a, bias, self, Activation.LOGISTIC);
        assertThat(net.weightCount()).isEqualTo(expected);
    }

    @Test
    void latchUnitFollowsItsEquation() {
        // one tanh unit: y(t) = tanh(w_in x(t) + w_b + w_self y(t-1)), y(0) = 0
        GuessedNetwork net = new GuessedNetwork(1, 1, 0, Architecture.A1, true, true, Activation.TANH);
        net.setWeight(0, 0, 2.0); // input
        net.setWeight(0, 1, -0.5); // bias
        net.setWeight(0, 2, 3.0); // self
        Sequence seq = Sequence.builder(2, 1, 1)
                .input(0, 0, 1.0)
                .input(1, 0, -1.0)
                .target(1, 0, 1.0)
                .build();
        double[] out = new double[1];
        net.startSequence();
        net.step(seq, 0, out, false);
        double y1 = Math.tanh(2.0 - 0.5);
        assertThat(out[0]).isCloseTo(y1, within(1e-15));
        net.step(seq, 1, out, false);
        assertThat(out[0]).isCloseTo(Math.tanh(-2.0 - 0.5 + 3.0 * y1), within(1e-15));
        net.startSequence();
        net.step(seq, 0, out, false);
        assertThat(out[0]).as("activations reset per sequence").isCloseTo(y1, within(1e-15));
    }

    @Test
    void hiddenUnitsFeedTheOutputInTheSameStep() {
        // A2, 1 hidden: h(t) = f(in x + b + o(t-1) w_o + self h(t-1)); o(t) = f(in x + b + w_h h(t))
        GuessedNetwork net = new GuessedNetwork(1, 1, 1, Architecture.A2, false, true, Activation.LOGISTIC);
        net.setWeight(0, 0, 1.0); // x -> h
        net.setWeight(0, 3, 0.5); // o(t-1) -> h
        net.setWeight(0, 2, -1.0); // h(t-1) -> h
        net.setWeight(1, 0, 2.0); // x -> o
        net.setWeight(1, 2, 4.0); // h(t) -> o
        Sequence seq = Sequence.builder(2, 1, 1)
                .input(0, 0, 1.0)
                .input(1, 0, 0.5)
                .target(1, 0, 1.0)
                .build();
        double[] out = new double[1];
        net.startSequence();
        net.step(seq, 0, out, false);
        double h1 = logistic(1.0);
        double o1 = logistic(2.0 + 4.0 * h1);
        assertThat(out[0]).isCloseTo(o1, within(1e-15));
        net.step(seq, 1, out, false);
        double h2 = logistic(0.5 + 0.5 * o1 - h1);
        assertThat(out[0]).isCloseTo(logistic(1.0 + 4.0 * h2), within(1e-15));
    }

    @Test
    void guessesStayInRangeAndOnlyOnExistingConnections() {
        GuessedNetwork net = new GuessedNetwork(1, 1, 0, Architecture.A1, false, true, Activation.TANH);
        net.guess(Seeds.stream(3), 100.0);
        Sequence zero =
                Sequence.builder(1, 1, 1).input(0, 0, 0.0).target(0, 0, 0.0).build();
        double[] out = new double[1];
        net.startSequence();
        net.step(zero, 0, out, false);
        assertThat(out[0]).as("no bias, no input, zero state: output tanh(0)").isZero();
    }

    private static double logistic(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
