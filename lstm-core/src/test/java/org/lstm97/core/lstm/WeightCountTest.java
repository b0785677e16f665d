package org.lstm97.core.lstm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Trainable weights equal the paper's "# weights" for every Table 10 row (PAPER.md §1.9). */
class WeightCountTest {

    static Stream<Arguments> table10() {
        return Stream.of(
                Arguments.of("1 (4x1)", 7, 7, 4, 1, BiasUnits.GA, 264),
                Arguments.of("1 (3x2)", 7, 7, 3, 2, BiasUnits.GA, 276),
                Arguments.of("2c p=50", 54, 2, 2, 1, BiasUnits.NONE, 364),
                Arguments.of("2c p=100", 104, 2, 2, 1, BiasUnits.NONE, 664),
                Arguments.of("2c p=200", 204, 2, 2, 1, BiasUnits.NONE, 1264),
                Arguments.of("2c p=500", 504, 2, 2, 1, BiasUnits.NONE, 3064),
                Arguments.of("2c p=1000", 1004, 2, 2, 1, BiasUnits.NONE, 6064),
                Arguments.of("3a/3b/3c", 1, 1, 3, 1, BiasUnits.B1, 102),
                Arguments.of("4 / 5", 2, 1, 2, 2, BiasUnits.ALL, 93),
                Arguments.of("6a", 8, 4, 2, 2, BiasUnits.ALL, 156),
                Arguments.of("6b", 8, 8, 3, 2, BiasUnits.ALL, 308));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table10")
    void layeredNetsCountAsThePaper(String row, int in, int out, int blocks, int size, BiasUnits bias, int paper) {
        TestNets.P p = new TestNets.P(blocks, size, 0.1);
        p.bias = bias;
        TruncatedLstm net = new TruncatedLstm(p.build(), in, out, new SplittableRandom(1));
        assertThat(net.weightCount()).isEqualTo(paper);
        int nonZero = 0;
        for (double w : net.weights()) {
            nonZero += w != 0.0 ? 1 : 0;
        }
        assertThat(nonZero)
                .as("every counted weight is drawn, every unused slot stays 0")
                .isEqualTo(paper);
    }

    @ParameterizedTest(name = "sequential construction {0}")
    @MethodSource("booleans")
    void exp2aCountsTheFullyConstructedNet(boolean sequential) {
        TestNets.P p = TestNets.exp2a(1.0);
        p.sequentialConstruction = sequential;
        TruncatedLstm net = new TruncatedLstm(p.build(), 101, 101, new SplittableRandom(1));
        assertThat(net.weightCount()).isEqualTo(10504);
        assertThat(net.activeBlocks()).isEqualTo(sequential ? 0 : 1);
    }

    static Stream<Boolean> booleans() {
        return Stream.of(false, true);
    }
}
