package org.lstm97.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Certified values: Newcombe (1998), "Two-sided confidence intervals for the single proportion", Statistics in
 * Medicine 17:857-872, Table II, method 3 (Wilson score interval without continuity correction), 4 decimals;
 * 29/30 and 0/10 from the closed form (0/n has upper bound z²/(n + z²)).
 */
class WilsonIntervalTest {

    @ParameterizedTest
    @CsvSource({
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0, 20, 0.0000, 0.1611",
        "1, 29, 0.0061, 0.1718",
        "29, 30, 0.8333, 0.9941",
        "0, 10, 0.0000, 0.2775",
        "10, 10, 0.7225, 1.0000"
    })
    void matchesPublishedValues(int successes, int n, double low, double high) {
        Interval interval = WilsonInterval.of95(successes, n);

        assertThat(interval.low()).isCloseTo(low, within(5e-5));
        assertThat(interval.high()).isCloseTo(high, within(5e-5));
    }

    /** Every count of up to 60 trials agrees with Wilson's closed form to rounding; the ends are exact. */
    @Test
    void agreesWithTheClosedFormToRounding() {
        double z = WilsonInterval.Z95;
        for (int n = 1; n <= 60; n++) {
            for (int s = 0; s <= n; s++) {
                double p = (double) s / n;
                double centre = (p + z * z / (2.0 * n)) / (1.0 + z * z / n);
                double half = z / (1.0 + z * z / n) * Math.sqrt(p * (1.0 - p) / n + z * z / (4.0 * n * n));
                Interval interval = WilsonInterval.of95(s, n);
                assertThat(interval.low()).as("%d/%d", s, n).isCloseTo(s == 0 ? 0.0 : centre - half, within(1e-15));
                assertThat(interval.high()).as("%d/%d", s, n).isCloseTo(s == n ? 1.0 : centre + half, within(1e-15));
            }
            assertThat(WilsonInterval.of95(0, n).low()).isZero();
            assertThat(WilsonInterval.of95(n, n).high()).isEqualTo(1.0);
        }
    }

    @Test
    void usesTheExactNormalQuantile() {
        assertThat(WilsonInterval.Z95).isCloseTo(1.959963984540054, within(1e-12));
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> WilsonInterval.of95(3, 2)).hasMessageContaining("3/2");
        assertThatThrownBy(() -> WilsonInterval.of95(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
