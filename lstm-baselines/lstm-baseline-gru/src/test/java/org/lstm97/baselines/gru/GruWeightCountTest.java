package org.lstm97.baselines.gru;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lstm97.baselines.support.optim.Optimizer;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.OutputActivation;

/**
 * Weights of the GRU rows of experiments/beyond: 3n(I + n + b) + K(n + [I] + b) (the update gates keep their
 * bias where the row has none), with n chosen so the count comes closest to the 1997 net of the row (Table 10 "w").
 */
class GruWeightCountTest {

    /** With update-gate biases (+5, as the beyond rows give them). */
    static int count(int in, int out, int units, boolean bias, Connectivity c) {
        GruParams p = new GruParams(
                units, 0.1, 0.1, OutputActivation.LOGISTIC, c, bias, 5.0, Optimizer.SGD, 0.9, 0.999, 1e-8);
        return new GruLearner(p).createNetwork(in, out, new SplittableRandom(1)).weightCount();
    }

    @Test
    void theRowsOfTheBeyondTables() {
        // Table 1 (264 / 276): n = 5 -> 3*5*13 + 7*6; n = 6 -> 3*6*14 + 7*7
        assertThat(count(7, 7, 5, true, Connectivity.F)).isEqualTo(237);
        assertThat(count(7, 7, 6, true, Connectivity.F)).isEqualTo(301);
        // Table 2 (10504): n = 1, outputs read the inputs, no bias but the update gate's: 3*1*102 + 1 + 101*102
        assertThat(count(101, 101, 1, false, Connectivity.B)).isEqualTo(10609);
        // Table 3 (364 at p = 50, 6064 at p = 1000): n = 2, update-gate biases only: 3*2*56 + 2 + 2*2; 3*2*1006 + 6
        assertThat(count(54, 2, 2, false, Connectivity.F)).isEqualTo(342);
        assertThat(count(1004, 2, 2, false, Connectivity.F)).isEqualTo(6042);
        // Tables 4-6 (102): n = 5: 3*5*7 + 6
        assertThat(count(1, 1, 5, true, Connectivity.F)).isEqualTo(111);
        // Tables 7, 8 (93): n = 4: 3*4*7 + 5
        assertThat(count(2, 1, 4, true, Connectivity.F)).isEqualTo(89);
        // Table 9 (156 / 308): n = 4: 3*4*13 + 4*5; n = 6: 3*6*15 + 8*7
        assertThat(count(8, 4, 4, true, Connectivity.F)).isEqualTo(176);
        assertThat(count(8, 8, 6, true, Connectivity.F)).isEqualTo(326);
    }
}
