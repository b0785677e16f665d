package org.lstm97.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.random.Draws;
import org.lstm97.core.random.Seeds;

class BootstrapIntervalTest {
    private static final double[] VALUES = {12000, 15000, 18000, 21000, 30000, 34000, 41000, 52000, 60000, 95000};

    @Test
    void aFixedSeedGivesAFixedInterval() {
        Interval interval = BootstrapInterval.DEFAULT.ofMean(VALUES, 2000L);

        assertThat(interval).isEqualTo(new Interval(PINNED_LOW, PINNED_HIGH));
    }

    /** Pinned from the first run: SplittableRandom and the summation order are fixed, so these must not move. */
    private static final double PINNED_LOW = 24100.0;

    private static final double PINNED_HIGH = 53994.999999999985;

    @ParameterizedTest
    @ValueSource(longs = {1L, 2000L, 1997L})
    void isRepeatable(long seed) {
        assertThat(BootstrapInterval.DEFAULT.ofMean(VALUES, seed))
                .isEqualTo(BootstrapInterval.DEFAULT.ofMean(VALUES, seed));
    }

    /**
     * Against normal theory: for n = 200 draws the 95 % interval of the mean is about mean ± 1.96 s / sqrt(n),
     * so its width is 2 · 1.96 · s / sqrt(n) and its centre the sample mean. 2000 resamples estimate the 2.5th
     * and 97.5th percentiles to a few percent of the width (these five are within 3.2 %); 8 % is well outside that and well inside a wrong
     * quantile (90 % or 99 % would be off by 16 % and 31 %).
     */
    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L, 4L, 5L})
    void hasTheWidthNormalTheoryGivesForTwoHundredDraws(long dataSeed) {
        double[] values = normalDraws(dataSeed, 200, 5.0, 4.0);
        double mean = Arrays.stream(values).average().orElseThrow();
        double s = Math.sqrt(
                Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1));
        double expected = 2 * 1.96 * s / Math.sqrt(values.length);

        Interval interval = BootstrapInterval.DEFAULT.ofMean(values, 2000L);

        assertThat(interval.high() - interval.low()).isCloseTo(expected, within(0.08 * expected));
        assertThat((interval.low() + interval.high()) / 2).isCloseTo(mean, within(0.1 * expected));
    }

    /**
     * Repeated samples: the 95 % interval covers the true mean in about 95 % of them. 400 samples of n = 200
     * from N(5, 4): the count of covering intervals has a binomial spread of about 4.4, so 380 ± 18 (four
     * spreads) holds unless the level is wrong: the 95 % interval covers 375 of these samples, a 90 % one 349.
     */
    @Test
    void coversTheTrueMeanInNinetyFivePercentOfRepeatedSamples() {
        int covering = 0;
        for (long sample = 0; sample < 400; sample++) {
            Interval interval = BootstrapInterval.DEFAULT.ofMean(normalDraws(1000 + sample, 200, 5.0, 4.0), sample);
            covering += interval.contains(5.0) ? 1 : 0;
        }
        assertThat(covering).isBetween(362, 398);
    }

    private static double[] normalDraws(long seed, int n, double mean, double variance) {
        RandomGenerator random = Seeds.stream(seed, "bootstrap-test");
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = Draws.gaussian(random, mean, variance);
        }
        return values;
    }

    @Test
    void anotherSeedGivesAnotherInterval() {
        assertThat(BootstrapInterval.DEFAULT.ofMean(VALUES, 1L))
                .isNotEqualTo(BootstrapInterval.DEFAULT.ofMean(VALUES, 2L));
    }

    @Test
    void aSingleValueHasAPointInterval() {
        assertThat(BootstrapInterval.DEFAULT.ofMean(new double[] {500.0}, 7L)).isEqualTo(new Interval(500.0, 500.0));
    }

    @Test
    void noValuesNoInterval() {
        assertThat(BootstrapInterval.DEFAULT.ofMean(new double[0], 7L)).isNull();
    }

    @Test
    void refusesBadParameters() {
        assertThatThrownBy(() -> new BootstrapInterval(0, 0.95)).hasMessageContaining("resamples");
        assertThatThrownBy(() -> new BootstrapInterval(100, 1.0)).hasMessageContaining("confidence");
    }
}
