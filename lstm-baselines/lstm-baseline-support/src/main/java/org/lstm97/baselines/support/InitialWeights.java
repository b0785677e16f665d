package org.lstm97.baselines.support;

import java.util.random.RandomGenerator;
import org.lstm97.core.random.Draws;

/** The paper's weight initialisation for the simple recurrent nets: each weight uniform in [-r, r], in order. */
public final class InitialWeights {
    private InitialWeights() {}

    /** {@code count} weights drawn in index order from {@code init}, each uniform in [-range, range]. */
    public static double[] uniform(int count, double range, RandomGenerator init) {
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
            weights[i] = Draws.uniform(init, -range, range);
        }
        return weights;
    }
}
