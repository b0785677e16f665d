package org.lstm97.core.stop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.random.Draws;
import org.lstm97.core.random.Seeds;

class SequenceWindowTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void matchesANaiveWindowEverywhere(long seed) {
        RandomGenerator random = Seeds.stream(seed, "window");
        SequenceWindow window = new SequenceWindow(37);
        ArrayDeque<double[]> naive = new ArrayDeque<>();
        for (int i = 0; i < 5000; i++) {
            double value = Draws.uniform(random, 0.0, 1.0);
            boolean flag = Draws.bernoulli(random, 0.1);
            window.add(value, flag);
            naive.addLast(new double[] {value, flag ? 1 : 0});
            if (naive.size() > 37) {
                naive.removeFirst();
            }
            double sum = 0.0;
            int flagged = 0;
            for (double[] entry : naive) {
                sum += entry[0];
                flagged += (int) entry[1];
            }
            assertThat(window.size()).isEqualTo(naive.size());
            assertThat(window.full()).isEqualTo(naive.size() == 37);
            assertThat(window.flagged()).isEqualTo(flagged);
            assertThat(window.mean()).isCloseTo(sum / naive.size(), org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void theSumIsRecomputedExactlyEveryCapacityAdditions() {
        // after a recomputation the mean equals the fixed-order sum of the window, bit for bit
        SequenceWindow window = new SequenceWindow(3);
        double[] values = {1e16, 1.0, -1e16, 0.1, 0.2, 0.3};
        for (double v : values) {
            window.add(v, false);
        }
        assertThat(window.mean()).isEqualTo(((0.1 + 0.2) + 0.3) / 3);
    }

    @Test
    void aNonFiniteValueMakesTheMeanNanUntilItLeaves() {
        SequenceWindow window = new SequenceWindow(2);
        window.add(Double.NaN, false);
        window.add(0.5, false);
        assertThat(window.mean()).isNaN();
        window.add(0.25, false);
        assertThat(window.mean()).isEqualTo(0.375);
    }

    @Test
    void capacityOneHoldsTheLatestOnly() {
        SequenceWindow window = new SequenceWindow(1);
        window.add(0.7, true);
        assertThat(window.full()).isTrue();
        assertThat(window.flagged()).isEqualTo(1);
        window.add(0.2, false);
        assertThat(window.flagged()).isZero();
        assertThat(window.mean()).isEqualTo(0.2);
    }

    @Test
    void anEmptyWindowHasNoMeanAndCapacityMustBePositive() {
        assertThat(new SequenceWindow(5).mean()).isNaN();
        assertThatThrownBy(() -> new SequenceWindow(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
