package org.lstm97.baselines.rcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lstm97.core.api.Sequence;

class RccNetworkTest {

    @Test
    void cascadedSelfRecurrentUnitsFollowTheirEquations() {
        RccNetwork net = new RccNetwork(2, 1, 3);
        // unit 0: from x0, x1, bias; self 0.5
        net.install(new double[] {1.0, -2.0, 0.3, 0.5}, new double[] {2.0});
        // unit 1: from x0, x1, bias, unit 0 (same step); self -1.0
        net.install(new double[] {0.0, 1.0, 0.0, 3.0, -1.0}, new double[] {-1.5});
        double[] w = net.outputWeights();
        w[0] = 0.1; // x0 -> y
        w[1] = 0.2; // x1 -> y
        w[2] = -0.3; // bias -> y
        Sequence seq = Sequence.builder(2, 2, 1)
                .input(0, 0, 1.0)
                .input(0, 1, 0.5)
                .input(1, 1, -1.0)
                .target(1, 0, 1.0)
                .build();
        double[] out = new double[1];
        net.startSequence();
        net.step(seq, 0, out, false);
        double v0 = RccNetwork.sigmoid(1.0 - 1.0 + 0.3);
        double v1 = RccNetwork.sigmoid(0.5 + 3.0 * v0);
        assertThat(out[0]).isCloseTo(RccNetwork.logistic(0.1 + 0.1 - 0.3 + 2.0 * v0 - 1.5 * v1), within(1e-15));
        net.step(seq, 1, out, false);
        double u0 = RccNetwork.sigmoid(2.0 + 0.3 + 0.5 * v0);
        double u1 = RccNetwork.sigmoid(-1.0 + 3.0 * u0 - v1);
        assertThat(out[0]).isCloseTo(RccNetwork.logistic(-0.2 - 0.3 + 2.0 * u0 - 1.5 * u1), within(1e-15));
        // outputs: 1 x (2 inputs + bias + 2 units); units: (2 + 1 + 0) + self, (2 + 1 + 1) + self
        assertThat(net.weightCount()).isEqualTo(5 + 4 + 5);
        assertThat(net.frozenUnit(1)).containsExactly(0.0, 1.0, 0.0, 3.0, -1.0);
    }

    @Test
    void table1SizedNetCountsLikeThePaperEstimate() {
        RccNetwork net = new RccNetwork(7, 7, 9);
        for (int u = 0; u < 7; u++) {
            net.install(new double[7 + 2 + u], new double[7]);
        }
        // 7 outputs x (7 + 1 + 7) + sum_u (7 + 2 + u) = 105 + 84 = 189: inside LSTM97's "119-198" for 7-9 units
        assertThat(net.weightCount()).isEqualTo(189);
    }
}
