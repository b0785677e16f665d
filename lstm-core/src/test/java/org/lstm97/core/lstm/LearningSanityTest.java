package org.lstm97.core.lstm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;

/**
 * A tiny latch task: the first symbol (a or b) must be remembered over {@value #LAG} filler steps and reported
 * at the end (1 for a, 0 for b). Before training the net cannot tell the two apart; after training it must
 * answer both with an absolute error below 0.2.
 */
class LearningSanityTest {
    private static final int LAG = 10;

    private static Sequence latch(boolean a) {
        Sequence.Builder b = Sequence.builder(LAG + 1, 3, 1).oneHot(0, a ? 0 : 1);
        for (int t = 1; t <= LAG; t++) {
            b.oneHot(t, 2);
        }
        return b.target(LAG, 0, a ? 1.0 : 0.0).label(a ? "a" : "b").build();
    }

    private static double endError(Network net, Sequence seq) {
        double[][] out = TestNets.run(net, seq, false);
        return Math.abs(seq.target(LAG, 0) - out[LAG][0]);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void learnsToLatchTheFirstSymbol(long seed) {
        TestNets.P p = new TestNets.P(2, 1, 0.5);
        p.bias = BiasUnits.ALL;
        p.inputGateBias = List.of(-1.0, -2.0);
        Network net = new TruncatedLstm(p.build(), 3, 1, new SplittableRandom(seed));
        Sequence a = latch(true);
        Sequence b = latch(false);
        assertThat(Math.max(endError(net, a), endError(net, b))).isGreaterThan(0.3);
        SplittableRandom random = new SplittableRandom(seed + 100);
        int presented = 0;
        while (presented < 20_000 && Math.max(endError(net, a), endError(net, b)) >= 0.2) {
            for (int n = 0; n < 100; n++) {
                TestNets.run(net, random.nextBoolean() ? a : b, true);
            }
            presented += 100;
        }
        assertThat(Math.max(endError(net, a), endError(net, b)))
                .as("after %d sequences", presented)
                .isLessThan(0.2);
        assertThat(net.diverged()).isFalse();
    }
}
