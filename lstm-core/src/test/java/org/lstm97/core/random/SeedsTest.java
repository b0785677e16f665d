package org.lstm97.core.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class SeedsTest {

    /** Pins the derivation and the stream: an accidental change would move every result. */
    @Test
    void derivedStreamsArePinned() {
        long seed = Seeds.derive(1997, "table7-adding", "lstm@T=100", "0");
        RandomGenerator r = Seeds.stream(seed);
        assertThat(new double[] {r.nextDouble(), r.nextDouble()}).containsExactly(PINNED);
    }

    static final double[] PINNED = {0.6296499863925049, 0.1741039855841321};

    @Test
    void namesAreNotConcatenated() {
        assertThat(Seeds.derive(1, "ab", "c")).isNotEqualTo(Seeds.derive(1, "a", "bc"));
        assertThat(Seeds.derive(1, "a")).isNotEqualTo(Seeds.derive(2, "a"));
    }

    @Test
    void gaussianHasTheRequestedVariance() {
        RandomGenerator r = Seeds.stream(7);
        double sum = 0;
        double sumSq = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double x = Draws.gaussian(r, 0.0, 0.2);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / n;
        assertThat(mean).isCloseTo(0.0, org.assertj.core.data.Offset.offset(0.005));
        assertThat(sumSq / n - mean * mean).isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.003));
    }
}
