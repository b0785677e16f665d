package org.lstm97.baselines.peephole;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lstm97.baselines.support.lstm.Squash;
import org.lstm97.baselines.support.optim.Optimizer;
import org.lstm97.core.lstm.BiasUnits;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.GradientMode;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.lstm.UpdateTiming;

/**
 * Weights of the peephole nets on the paper's shapes: the forget-gate net's count (lstm-forget) plus one peephole
 * per cell to each gate of its block (three per cell; two without output gates).
 */
class PeepholeWeightCountTest {

    static int count(int in, int out, int blocks, int size, BiasUnits bias, Connectivity c, boolean outputGates) {
        PeepholeParams p = new PeepholeParams(
                blocks,
                size,
                0.1,
                0.1,
                Squash.SYMMETRIC_2,
                Squash.SYMMETRIC_1,
                OutputActivation.LOGISTIC,
                c,
                bias,
                null,
                null,
                5.0,
                outputGates,
                GradientMode.TRUNCATED,
                UpdateTiming.PER_SEQUENCE,
                Optimizer.SGD,
                0.9,
                0.999,
                1e-8);
        int truncated = new PeepholeLearner(p)
                .createNetwork(in, out, new SplittableRandom(1))
                .weightCount();
        PeepholeParams full = new PeepholeParams(
                blocks,
                size,
                0.1,
                0.1,
                Squash.SYMMETRIC_2,
                Squash.SYMMETRIC_1,
                OutputActivation.LOGISTIC,
                c,
                bias,
                null,
                null,
                5.0,
                outputGates,
                GradientMode.FULL,
                UpdateTiming.PER_SEQUENCE,
                Optimizer.SGD,
                0.9,
                0.999,
                1e-8);
        assertThat(new PeepholeLearner(full)
                        .createNetwork(in, out, new SplittableRandom(1))
                        .weightCount())
                .isEqualTo(truncated);
        return truncated;
    }

    @Test
    void table1EmbeddedReber() {
        // 4x1, ga: H = 16, Z = 24; cells 4*23, in/out 8*24, forget 4*24, outputs 7*4 (1997: 264)
        assertThat(count(7, 7, 4, 1, BiasUnits.GA, Connectivity.F, true)).isEqualTo(92 + 192 + 96 + 28 + 3 * 4);
        // 3x2, ga: H = 15, Z = 23; cells 6*22, in/out 6*23, forget 3*23, outputs 7*6 (1997: 276)
        assertThat(count(7, 7, 3, 2, BiasUnits.GA, Connectivity.F, true)).isEqualTo(132 + 138 + 69 + 42 + 3 * 6);
    }

    @Test
    void table2NoiseFreeLag() {
        // 1 cell, connectivity B, no output gate, no bias: cell 101, in 101, forget 102, outputs 101*102 (1997: 10504)
        assertThat(count(101, 101, 1, 1, BiasUnits.NONE, Connectivity.B, false)).isEqualTo(101 + 101 + 102 + 10302 + 2);
    }

    @Test
    void table3VeryLongLag() {
        // q = p = 50: 2x1, no bias: H = 8, Z = 63; 6 rows of 62, 2 forget rows of 63, outputs 2*2 (1997: 364)
        assertThat(count(54, 2, 2, 1, BiasUnits.NONE, Connectivity.F, true)).isEqualTo(6 * 62 + 2 * 63 + 4 + 3 * 2);
    }

    @Test
    void tables4to6TwoSequence() {
        // 3x1, b1: H = 12, Z = 14; 12 rows of 14, outputs 1*3 (1997: 102)
        assertThat(count(1, 1, 3, 1, BiasUnits.B1, Connectivity.F, true)).isEqualTo(12 * 14 + 3 + 3 * 3);
    }

    @Test
    void tables7and8AddingAndMultiplication() {
        // 2x2, all: H = 10, Z = 13; 10 rows of 13, outputs 1*5 (1997: 93)
        assertThat(count(2, 1, 2, 2, BiasUnits.ALL, Connectivity.F, true)).isEqualTo(135 + 3 * 4);
    }

    @Test
    void table9TemporalOrder() {
        // 6a: 2x2, all: H = 10, Z = 19; 10 rows of 19, outputs 4*5 (1997: 156)
        assertThat(count(8, 4, 2, 2, BiasUnits.ALL, Connectivity.F, true)).isEqualTo(210 + 3 * 4);
        // 6b: 3x2, all: H = 15, Z = 24; 15 rows of 24, outputs 8*7 (1997: 308)
        assertThat(count(8, 8, 3, 2, BiasUnits.ALL, Connectivity.F, true)).isEqualTo(416 + 3 * 6);
    }
}
