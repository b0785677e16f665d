package org.lstm97.core.lstm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;

/** NaN or infinity is detected and reported by {@link Network#diverged()}, and learning then stops. */
class DivergenceTest {

    @ParameterizedTest
    @EnumSource(GradientMode.class)
    void aHugeLearningRateIsReportedAsDivergence(GradientMode gradient) {
        TestNets.P p = new TestNets.P(2, 2, 1e200);
        p.bias = BiasUnits.ALL;
        p.outputActivation = OutputActivation.LINEAR;
        p.gradient = gradient;
        Network net = new Lstm1997Learner(p.build()).createNetwork(2, 1, new SplittableRandom(3));
        int presented = 0;
        while (!net.diverged() && presented < 50) {
            Sequence seq = Sequence.builder(5, 2, 1)
                    .input(0, 0, 1.0)
                    .input(2, 1, -1.0)
                    .target(4, 0, 100.0)
                    .build();
            TestNets.run(net, seq, true);
            presented++;
        }
        assertThat(net.diverged()).isTrue();
        assertThat(presented).isLessThan(50);
    }

    @ParameterizedTest
    @EnumSource(UpdateTiming.class)
    void weightsStopChangingOnceDiverged(UpdateTiming update) {
        TestNets.P p = new TestNets.P(1, 1, 1e300);
        p.bias = BiasUnits.ALL;
        p.outputActivation = OutputActivation.LINEAR;
        p.update = update;
        TruncatedLstm net = new TruncatedLstm(p.build(), 1, 1, new SplittableRandom(5));
        Sequence seq = Sequence.builder(3, 1, 1)
                .input(0, 0, 1.0)
                .target(1, 0, 1e5)
                .target(2, 0, -1e5)
                .build();
        for (int n = 0; n < 20 && !net.diverged(); n++) {
            TestNets.run(net, seq, true);
        }
        assertThat(net.diverged()).isTrue();
        double[] frozen = net.weights();
        TestNets.run(net, seq, true);
        assertThat(net.weights()).isEqualTo(frozen);
        assertThat(net.diverged()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(GradientMode.class)
    void ordinaryLearningDoesNotDiverge(GradientMode gradient) {
        TestNets.P p = new TestNets.P(2, 2, 0.5);
        p.bias = BiasUnits.ALL;
        p.gradient = gradient;
        Network net = new Lstm1997Learner(p.build()).createNetwork(2, 1, new SplittableRandom(3));
        SplittableRandom random = new SplittableRandom(4);
        for (int n = 0; n < 50; n++) {
            TestNets.run(net, TestNets.randomSequence(random, 10, 2, 1, false, 0.2), true);
        }
        assertThat(net.diverged()).isFalse();
    }
}
