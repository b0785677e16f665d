package org.lstm97.baselines.support.lstm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Values, ranges and derivatives of the squashes; the two-output form gives the same bits. */
class SquashTest {

    @ParameterizedTest
    @EnumSource(Squash.class)
    void derivativeMatchesFiniteDifferencesAndTheTwoOutputFormAgrees(Squash squash) {
        double[] d = new double[1];
        for (double x = -6.0; x <= 6.0; x += 0.37) {
            double numeric = (squash.apply(x + 1e-6) - squash.apply(x - 1e-6)) / 2e-6;
            assertThat(squash.derivative(x)).isCloseTo(numeric, within(1e-7));
            assertThat(squash.apply(x, d, 0)).isEqualTo(squash.apply(x));
            assertThat(d[0]).isEqualTo(squash.derivative(x));
        }
    }

    @ParameterizedTest
    @EnumSource(Squash.class)
    void rangesAreThePapers(Squash squash) {
        double lo = squash.apply(-40.0);
        double hi = squash.apply(40.0);
        switch (squash) {
            case LOGISTIC -> assertThat(new double[] {lo, hi}).containsExactly(new double[] {0.0, 1.0}, within(1e-12));
            case SYMMETRIC_1, TANH ->
                assertThat(new double[] {lo, hi}).containsExactly(new double[] {-1.0, 1.0}, within(1e-12));
            case SYMMETRIC_2 ->
                assertThat(new double[] {lo, hi}).containsExactly(new double[] {-2.0, 2.0}, within(1e-12));
            case IDENTITY -> assertThat(new double[] {lo, hi}).containsExactly(-40.0, 40.0);
        }
        assertThat(Squash.TANH.apply(1e-9))
                .as("tanh keeps its relative accuracy near 0")
                .isEqualTo(1e-9);
    }
}
