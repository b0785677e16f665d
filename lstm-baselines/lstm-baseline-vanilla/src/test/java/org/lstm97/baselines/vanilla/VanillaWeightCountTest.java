package org.lstm97.baselines.vanilla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lstm97.baselines.support.lstm.Squash;
import org.lstm97.baselines.support.optim.Optimizer;
import org.lstm97.core.lstm.BiasUnits;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.OutputActivation;

/**
 * Weights of the vanilla nets with the 1997 rows' cell counts: C cells, each with its own input, forget and output
 * gate, all reading [x, the C cell outputs of t−1, 1] (Z = I + C + 1); 3C peepholes; outputs over the cells.
 */
class VanillaWeightCountTest {

    static int count(int in, int out, int cells, BiasUnits bias, Connectivity c) {
        VanillaParams p = new VanillaParams(
                cells,
                0.1,
                0.1,
                Squash.TANH,
                Squash.TANH,
                OutputActivation.LOGISTIC,
                c,
                bias,
                null,
                null,
                5.0,
                Optimizer.SGD,
                0.9,
                0.999,
                1e-8);
        return new VanillaLearner(p)
                .createNetwork(in, out, new SplittableRandom(1))
                .weightCount();
    }

    @Test
    void theRowsOfTheBeyondTables() {
        // Table 1, 4 cells (4x1), ga: cells 4*11, in/out 8*12, forget 4*12, 12 peepholes, outputs 7*4
        assertThat(count(7, 7, 4, BiasUnits.GA, Connectivity.F)).isEqualTo(44 + 96 + 48 + 12 + 28);
        // Table 1, 6 cells (3x2), ga: cells 6*13, in/out 12*14, forget 6*14, 18 peepholes, outputs 7*6
        assertThat(count(7, 7, 6, BiasUnits.GA, Connectivity.F)).isEqualTo(78 + 168 + 84 + 18 + 42);
        // Table 2, 1 cell, B, no bias: cell, in, out 101 each, forget 102, 3 peepholes, outputs 101*102
        assertThat(count(101, 101, 1, BiasUnits.NONE, Connectivity.B)).isEqualTo(3 * 101 + 102 + 3 + 10302);
        // Table 3, q = p = 50, 2 cells, no bias: 6 rows of 56, 2 forget rows of 57, 6 peepholes, outputs 2*2
        assertThat(count(54, 2, 2, BiasUnits.NONE, Connectivity.F)).isEqualTo(6 * 56 + 2 * 57 + 6 + 4);
        // Tables 4-6, 3 cells, b1: 12 rows of 5, 9 peepholes, outputs 1*3
        assertThat(count(1, 1, 3, BiasUnits.B1, Connectivity.F)).isEqualTo(60 + 9 + 3);
        // Tables 7 and 8, 4 cells, all: 16 rows of 7, 12 peepholes, outputs 1*5
        assertThat(count(2, 1, 4, BiasUnits.ALL, Connectivity.F)).isEqualTo(112 + 12 + 5);
        // Table 9, 6a: 4 cells, all: 16 rows of 13, 12 peepholes, outputs 4*5; 6b: 6 cells: 24 rows of 15, 18, 8*7
        assertThat(count(8, 4, 4, BiasUnits.ALL, Connectivity.F)).isEqualTo(208 + 12 + 20);
        assertThat(count(8, 8, 6, BiasUnits.ALL, Connectivity.F)).isEqualTo(360 + 18 + 56);
    }
}
