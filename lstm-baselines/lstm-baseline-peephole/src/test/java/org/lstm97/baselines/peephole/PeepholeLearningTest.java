package org.lstm97.baselines.peephole;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.baselines.support.lstm.FullGradientBlockLstm;
import org.lstm97.baselines.support.lstm.Squash;
import org.lstm97.baselines.support.lstm.TruncatedBlockLstm;
import org.lstm97.baselines.support.optim.Optimizer;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.lstm.BiasUnits;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.GradientMode;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.lstm.UpdateTiming;
import org.lstm97.core.testkit.LatchTask;
import org.lstm97.core.testkit.SmallSequences;
import org.lstm97.core.testkit.StreakRule;
import org.lstm97.core.testkit.TestContext;

/** The peephole LSTM learns to latch a symbol across a lag, with either gradient, reproducibly. */
class PeepholeLearningTest {

    static PeepholeParams params(GradientMode gradient, Optimizer optimizer, double learningRate) {
        return new PeepholeParams(
                2,
                1,
                learningRate,
                0.1,
                Squash.SYMMETRIC_2,
                Squash.SYMMETRIC_1,
                OutputActivation.LOGISTIC,
                Connectivity.F,
                BiasUnits.ALL,
                java.util.List.of(-1.0, -2.0),
                null,
                5.0,
                true,
                gradient,
                UpdateTiming.PER_SEQUENCE,
                optimizer,
                0.9,
                0.999,
                1e-8);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void truncatedRuleLearnsToLatchAcrossTwelveSteps(long seed) {
        TrialOutcome outcome = new PeepholeLearner(params(GradientMode.TRUNCATED, Optimizer.SGD, 0.5))
                .train(new TestContext(new LatchTask(12), new StreakRule(200), 20_000, seed));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void fullGradientLearnsItToo(long seed) {
        TrialOutcome outcome = new PeepholeLearner(params(GradientMode.FULL, Optimizer.SGD, 0.5))
                .train(new TestContext(new LatchTask(12), new StreakRule(200), 20_000, seed));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
    }

    @Test
    void adamLearnsIt() {
        TrialOutcome outcome = new PeepholeLearner(params(GradientMode.FULL, Optimizer.ADAM, 0.01))
                .train(new TestContext(new LatchTask(12), new StreakRule(200), 20_000, 1));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
    }

    @Test
    void aFewSequencesCannotSolveIt() {
        TrialOutcome outcome = new PeepholeLearner(params(GradientMode.TRUNCATED, Optimizer.SGD, 0.5))
                .train(new TestContext(new LatchTask(12), new StreakRule(200), 150, 1));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.UNSOLVED);
    }

    @Test
    void theGradientChoosesTheNetwork() {
        SplittableRandom init = new SplittableRandom(1);
        assertThat(new PeepholeLearner(params(GradientMode.TRUNCATED, Optimizer.SGD, 0.5)).createNetwork(3, 1, init))
                .isInstanceOf(TruncatedBlockLstm.class);
        assertThat(new PeepholeLearner(params(GradientMode.FULL, Optimizer.SGD, 0.5)).createNetwork(3, 1, init))
                .isInstanceOf(FullGradientBlockLstm.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRUNCATED", "FULL"})
    void sameSeedGivesIdenticalWeights(String gradient) {
        PeepholeParams p = params(GradientMode.valueOf(gradient), Optimizer.SGD, 0.5);
        assertThat(trained(p, 7)).containsExactly(trained(p, 7));
        assertThat(trained(p, 8)).isNotEqualTo(trained(p, 7));
    }

    private static double[] trained(PeepholeParams p, long seed) {
        Network net = new PeepholeLearner(p).createNetwork(3, 1, new SplittableRandom(seed));
        SplittableRandom data = new SplittableRandom(99);
        LatchTask task = new LatchTask(5);
        for (int s = 0; s < 30; s++) {
            SmallSequences.present(net, task.next(data), true);
        }
        return net instanceof TruncatedBlockLstm t ? t.weights() : ((FullGradientBlockLstm) net).weights();
    }
}
