package org.lstm97.baselines.vanilla;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.baselines.support.lstm.Squash;
import org.lstm97.baselines.support.optim.Optimizer;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.lstm.BiasUnits;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.testkit.LatchTask;
import org.lstm97.core.testkit.StreakRule;
import org.lstm97.core.testkit.TestContext;

/** The vanilla LSTM learns to latch a symbol across a lag, with plain steps and with Adam, reproducibly. */
class VanillaLearningTest {

    static VanillaParams params(Optimizer optimizer, double learningRate) {
        return new VanillaParams(
                2,
                learningRate,
                0.1,
                Squash.TANH,
                Squash.TANH,
                OutputActivation.LOGISTIC,
                Connectivity.F,
                BiasUnits.ALL,
                null,
                null,
                5.0,
                optimizer,
                0.9,
                0.999,
                1e-8);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void plainGradientDescentLearnsToLatchAcrossTwelveSteps(long seed) {
        TrialOutcome outcome = new VanillaLearner(params(Optimizer.SGD, 0.5))
                .train(new TestContext(new LatchTask(12), new StreakRule(200), 20_000, seed));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
    }

    @Test
    void adamLearnsIt() {
        TrialOutcome outcome = new VanillaLearner(params(Optimizer.ADAM, 0.01))
                .train(new TestContext(new LatchTask(12), new StreakRule(200), 20_000, 1));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
    }

    @Test
    void aFewSequencesCannotSolveIt() {
        TrialOutcome outcome = new VanillaLearner(params(Optimizer.SGD, 0.5))
                .train(new TestContext(new LatchTask(12), new StreakRule(200), 150, 1));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.UNSOLVED);
    }
}
