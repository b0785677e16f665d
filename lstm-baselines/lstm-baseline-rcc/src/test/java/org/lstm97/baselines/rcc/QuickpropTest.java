package org.lstm97.baselines.rcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuickpropTest {

    /** Minimises (w - 3)^2 from w = 0 with epsilon 0.1, mu 2 (shrink 2/3), steps worked out by hand. */
    @Test
    void followsCascorsStepRules() {
        double[] w = {0.0};
        double[] d = {0.0};
        double[] s = {0.0};
        double[] p = {0.0};
        // step 1: no previous step, plain gradient: -0.1 * (-6) = 0.6
        s[0] = 2 * (w[0] - 3);
        Quickprop.update(0, w, d, s, p, 0.1, 0.0, 2.0);
        assertThat(w[0]).isCloseTo(0.6, within(1e-12));
        assertThat(s[0]).isZero();
        // step 2: slope -4.8 <= shrink * -6 = -4, so the step is capped at mu * d = 1.2, plus -eps * s = 0.48
        s[0] = 2 * (w[0] - 3);
        Quickprop.update(0, w, d, s, p, 0.1, 0.0, 2.0);
        assertThat(w[0]).isCloseTo(2.28, within(1e-12));
        // step 3: slope -1.44 > shrink * -4.8 = -3.2: quadratic jump 1.68 * -1.44 / (-4.8 + 1.44) = 0.72, plus 0.144
        s[0] = 2 * (w[0] - 3);
        Quickprop.update(0, w, d, s, p, 0.1, 0.0, 2.0);
        assertThat(w[0]).isCloseTo(3.144, within(1e-12));
        for (int i = 0; i < 40; i++) {
            s[0] = 2 * (w[0] - 3);
            Quickprop.update(0, w, d, s, p, 0.1, 0.0, 2.0);
        }
        assertThat(w[0]).isCloseTo(3.0, within(1e-6));
    }
}
