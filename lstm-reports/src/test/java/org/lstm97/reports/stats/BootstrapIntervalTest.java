package org.lstm97.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void containsTheMeanAndIsRepeatable(long seed) {
        Interval first = BootstrapInterval.DEFAULT.ofMean(VALUES, seed);
        Interval second = BootstrapInterval.DEFAULT.ofMean(VALUES, seed);

        assertThat(first).isEqualTo(second);
        assertThat(first.contains(37800.0)).isTrue();
        assertThat(first.low()).isGreaterThan(12000.0);
        assertThat(first.high()).isLessThan(95000.0);
    }

    @Test
    void anotherSeedGivesAnotherInterval() {
        assertThat(BootstrapInterval.DEFAULT.ofMean(VALUES, 1L)).isNotEqualTo(BootstrapInterval.DEFAULT.ofMean(VALUES, 2L));
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
