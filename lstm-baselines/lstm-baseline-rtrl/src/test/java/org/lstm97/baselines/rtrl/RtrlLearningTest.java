package org.lstm97.baselines.rtrl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.TrialOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.testkit.PreviousSymbolTask;
import org.lstm97.core.testkit.SmallSequences;
import org.lstm97.core.testkit.StreakRule;
import org.lstm97.core.testkit.TestContext;
import org.lstm97.baselines.support.Architecture;

/** RTRL learns a task that needs its recurrence, reproducibly, and reports divergence. */
class RtrlLearningTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void realTimeRtrlLearnsToSayThePreviousSymbol(long seed) {
        RtrlLearner learner = new RtrlLearner(new RtrlParams(Architecture.FULLY_RECURRENT, 2, 1.0, 0.2, true,
                WeightUpdate.STEP));
        TrialOutcome outcome = learner.train(new TestContext(new PreviousSymbolTask(),
                new StreakRule(100), 30_000, seed, TestContext.Streams.HASHED));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
    }

    @Test
    void aNetWithoutRecurrenceCannotSayThePreviousSymbol() {
        // layered with no hidden unit: outputs read only the current input
        RtrlLearner learner = new RtrlLearner(new RtrlParams(Architecture.LAYERED, 0, 1.0, 0.2, true,
                WeightUpdate.STEP));
        TrialOutcome outcome = learner.train(new TestContext(new PreviousSymbolTask(),
                new StreakRule(100), 3_000, 1, TestContext.Streams.HASHED));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.UNSOLVED);
    }

    @Test
    void sameSeedGivesIdenticalWeights() {
        RtrlParams params = new RtrlParams(Architecture.LAYERED, 1, 4.0, 0.2, false, WeightUpdate.STEP);
        double[] first = trainedWeights(params, 7);
        double[] second = trainedWeights(params, 7);
        assertThat(second).containsExactly(first);
        assertThat(trainedWeights(params, 8)).isNotEqualTo(first);
    }

    private static double[] trainedWeights(RtrlParams params, long seed) {
        RtrlNetwork net = (RtrlNetwork) new RtrlLearner(params).createNetwork(2, 2, new SplittableRandom(seed));
        SplittableRandom data = new SplittableRandom(99);
        PreviousSymbolTask task = new PreviousSymbolTask();
        for (int s = 0; s < 50; s++) {
            SmallSequences.present(net, task.next(data), true);
        }
        return net.weights.clone();
    }

    @Test
    void aNonFiniteWeightMarksTheNetworkDiverged() {
        RtrlNetwork net = (RtrlNetwork) new RtrlLearner(new RtrlParams(Architecture.LAYERED, 1, 1.0, 0.2, false,
                WeightUpdate.STEP)).createNetwork(2, 2, new SplittableRandom(1));
        Sequence seq = new PreviousSymbolTask().next(new SplittableRandom(2));
        net.weights[0] = Double.NaN;
        net.weights[1] = Double.NaN;
        SmallSequences.present(net, seq, true);
        assertThat(net.diverged()).isTrue();
    }

    @Test
    void evaluationDoesNotChangeWeights() {
        RtrlNetwork net = (RtrlNetwork) new RtrlLearner(new RtrlParams(Architecture.FULLY_RECURRENT, 2, 1.0, 0.2,
                false, WeightUpdate.STEP)).createNetwork(2, 2, new SplittableRandom(1));
        double[] before = net.weights.clone();
        Sequence seq = new PreviousSymbolTask().next(new SplittableRandom(2));
        SmallSequences.present(net, seq, false);
        assertThat(net.weights).containsExactly(before);
        assertThat(net.diverged()).isFalse();
    }
}
