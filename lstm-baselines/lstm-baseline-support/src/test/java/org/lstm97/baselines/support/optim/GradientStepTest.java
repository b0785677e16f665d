package org.lstm97.baselines.support.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lstm97.core.plugin.ParamException;

/** Plain steps and Adam's, checked by hand against Kingma &amp; Ba's Algorithm 1. */
class GradientStepTest {

    @Test
    void sgdAddsAlphaTimesTheAscent() {
        double[] w = {1.0, -2.0};
        OptimizerSettings.sgd(0.5).newStep(2).apply(w, new double[] {0.2, -0.4});
        assertThat(w).containsExactly(1.1, -2.2);
    }

    @Test
    void adamFollowsAlgorithm1() {
        OptimizerSettings s = new OptimizerSettings(Optimizer.ADAM, 0.1, 0.9, 0.999, 1e-8);
        GradientStep step = s.newStep(1);
        double[] w = {0.0};
        // t = 1: g = -ascent = -2; m = 0.1*-2 = -0.2, v = 0.001*4 = 0.004; m^ = -2, v^ = 4; w -= 0.1*-2/(2+1e-8)
        step.apply(w, new double[] {2.0});
        assertThat(w[0]).isCloseTo(0.1 * 2.0 / (2.0 + 1e-8), within(1e-15));
        // t = 2: g = -1; m = 0.9*-0.2 + 0.1*-1 = -0.28, v = 0.999*0.004 + 0.001 = 0.004996
        double w1 = w[0];
        step.apply(w, new double[] {1.0});
        double mHat = -0.28 / (1 - 0.81);
        double vHat = 0.004996 / (1 - 0.998001);
        assertThat(w[0]).isCloseTo(w1 - 0.1 * mHat / (Math.sqrt(vHat) + 1e-8), within(1e-12));
    }

    @Test
    void aZeroAscentLeavesAWeightAlone() {
        double[] w = {0.0, 3.0};
        GradientStep step = new OptimizerSettings(Optimizer.ADAM, 0.1, 0.9, 0.999, 1e-8).newStep(2);
        step.apply(w, new double[] {0.0, 1.0});
        assertThat(w[0]).isEqualTo(0.0);
        assertThat(w[1]).isNotEqualTo(3.0);
    }

    @Test
    void rangesAreCheckedNamingTheYamlKeys() {
        assertThatThrownBy(() -> new OptimizerSettings(Optimizer.ADAM, 0.1, 1.0, 0.999, 1e-8))
                .isInstanceOf(ParamException.class)
                .hasMessage("adamBeta1 must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> new OptimizerSettings(Optimizer.ADAM, 0.1, 0.9, -0.1, 1e-8))
                .isInstanceOf(ParamException.class)
                .hasMessage("adamBeta2 must be in [0, 1), got -0.1");
        assertThatThrownBy(() -> new OptimizerSettings(Optimizer.ADAM, 0.1, 0.9, 0.999, 0.0))
                .isInstanceOf(ParamException.class)
                .hasMessage("adamEpsilon must be > 0, got 0");
        assertThat(new OptimizerSettings(Optimizer.ADAM, 0.001, 0.9, 0.999, 1e-8).describe())
                .isEqualTo("adam (lr 0.001, beta1 0.9, beta2 0.999, eps 1.0E-8)");
    }
}
