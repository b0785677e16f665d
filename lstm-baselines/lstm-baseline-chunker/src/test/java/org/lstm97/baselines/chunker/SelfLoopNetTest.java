package org.lstm97.baselines.chunker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.random.Draws;
import org.lstm97.core.random.Seeds;

class SelfLoopNetTest {
    private static final int IN = 4;
    private static final int OUT = 3;
    private static final int STEPS = 6;

    /** Runs STEPS steps from reset; one-hot inputs when {@code sparse}, dense random inputs otherwise. */
    private static void run(SelfLoopNet net, double[][] xs, int[] active) {
        net.reset();
        for (int t = 0; t < STEPS; t++) {
            net.forward(xs[t], 0, active[t]);
        }
    }

    private static double error(SelfLoopNet net, double[] target, boolean[] use) {
        double e = 0.0;
        for (int k = 0; k < OUT; k++) {
            if (use[k]) {
                double d = target[k] - net.output(k);
                e += 0.5 * d * d;
            }
        }
        return e;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void rtrlGradientOfTheLastStepEqualsFiniteDifferences(boolean sparse) {
        RandomGenerator r = Seeds.stream(sparse ? 1 : 2);
        SelfLoopNet net = new SelfLoopNet(IN, OUT);
        net.initialise(r, 1.5);
        double[][] xs = new double[STEPS][IN];
        int[] active = new int[STEPS];
        for (int t = 0; t < STEPS; t++) {
            active[t] = sparse ? r.nextInt(IN) : -1;
            for (int j = 0; j < IN; j++) {
                xs[t][j] = sparse ? (j == active[t] ? 1.0 : 0.0) : Draws.uniform(r, -1, 1);
            }
        }
        double[] target = {1.0, 0.0, 0.7};
        boolean[] use = {true, false, true};
        run(net, xs, active);
        double[] descent = new double[net.weightCount()];
        net.descent(target, use, descent);
        for (int i = 0; i < net.weightCount(); i++) {
            double keep = net.weight(i);
            double h = 1e-6;
            net.setWeight(i, keep + h);
            run(net, xs, active);
            double plus = error(net, target, use);
            net.setWeight(i, keep - h);
            run(net, xs, active);
            double minus = error(net, target, use);
            net.setWeight(i, keep);
            assertThat(descent[i]).as("weight %d", i).isCloseTo(-(plus - minus) / (2 * h), within(1e-8));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void fastUpdateEqualsTheDenseReference(boolean sparse) {
        RandomGenerator r = Seeds.stream(3);
        SelfLoopNet net = new SelfLoopNet(IN, OUT);
        net.initialise(r, 0.5);
        double[][] xs = new double[STEPS][IN];
        int[] active = new int[STEPS];
        for (int t = 0; t < STEPS; t++) {
            active[t] = sparse ? t % IN : -1;
            for (int j = 0; j < IN; j++) {
                xs[t][j] = sparse ? (j == active[t] ? 1.0 : 0.0) : Draws.uniform(r, -1, 1);
            }
        }
        run(net, xs, active);
        double[] target = {0.0, 1.0, 0.2};
        boolean[] use = {true, true, true};
        double[] descent = new double[net.weightCount()];
        net.descent(target, use, descent);
        double[] before = new double[net.weightCount()];
        for (int i = 0; i < before.length; i++) {
            before[i] = net.weight(i);
        }
        net.learn(target, use, 0.3);
        for (int i = 0; i < before.length; i++) {
            assertThat(net.weight(i)).as("weight %d", i).isCloseTo(before[i] + 0.3 * descent[i], within(1e-14));
        }
    }
}
