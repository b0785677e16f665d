package org.lstm97.core.lstm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.api.Sequence;

/** Exp. 2a/2b's sequential construction (PAPER.md U6): the block joins once the error stops decreasing. */
class SequentialConstructionTest {
    private static final int P = 5;

    /** (y, a1..a_{p-1}, y) or (x, a1..a_{p-1}, x), predicting the next symbol at every step. */
    private static Sequence twoSequence(boolean x) {
        int first = x ? P - 1 : P;
        int[] symbols = new int[P + 1];
        symbols[0] = first;
        for (int i = 1; i < P; i++) {
            symbols[i] = i - 1;
        }
        symbols[P] = first;
        Sequence.Builder b = Sequence.builder(P, P + 1, P + 1);
        for (int t = 0; t < P; t++) {
            b.oneHot(t, symbols[t]);
            b.target(t, symbols[t + 1], 1.0);
        }
        return b.build();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void theBlockIsAddedWhenTheErrorStalls(long seed) {
        TestNets.P p = TestNets.exp2a(1.0);
        p.sequentialConstruction = true;
        p.constructionWindow = 50;
        p.constructionMinDecrease = 0.01;
        TruncatedLstm net = new TruncatedLstm(p.build(), P + 1, P + 1, new SplittableRandom(seed));
        LstmLayout layout = net.layout();
        double[] before = net.weights();
        SplittableRandom random = new SplittableRandom(seed);
        int presented = 0;
        while (net.activeBlocks() == 0 && presented < 20_000) {
            TestNets.run(net, twoSequence(random.nextBoolean()), true);
            presented++;
        }
        assertThat(net.activeBlocks()).isEqualTo(1);
        assertThat(presented % 50).isZero();
        assertThat(presented).isGreaterThan(100);
        double[] grown = net.weights();
        int hiddenEnd = layout.outputRowOffset(0);
        for (int i = 0; i < hiddenEnd; i++) {
            assertThat(grown[i])
                    .as("cell and gate weights wait unchanged, weight %d", i)
                    .isEqualTo(before[i]);
        }
        for (int k = 0; k < layout.outputs(); k++) {
            assertThat(grown[layout.outputRowOffset(k)])
                    .as("cell -> output %d", k)
                    .isEqualTo(before[layout.outputRowOffset(k)]);
        }
        TestNets.run(net, twoSequence(true), true);
        assertThat(net.weights()[layout.hiddenRowOffset(layout.cellUnit(0, 0)) + P - 1])
                .as("the added cell learns")
                .isNotEqualTo(before[layout.hiddenRowOffset(layout.cellUnit(0, 0)) + P - 1]);
    }
}
