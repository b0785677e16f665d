package org.lstm97.baselines.gru;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.baselines.support.optim.Optimizer;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.testkit.LatchTask;
import org.lstm97.core.testkit.PreviousSymbolTask;
import org.lstm97.core.testkit.StreakRule;
import org.lstm97.core.testkit.TestContext;

/** The GRU learns to latch a symbol across a lag, reproducibly; evaluation changes nothing. */
class GruLearningTest {

    /** Update gates opened at the start (bias 3): with drawn biases a 12-step latch takes longer than 20,000. */
    static GruParams params(Optimizer optimizer, double learningRate) {
        return new GruParams(
                3,
                learningRate,
                0.1,
                OutputActivation.LOGISTIC,
                Connectivity.F,
                true,
                3.0,
                optimizer,
                0.9,
                0.999,
                1e-8);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void plainGradientDescentLearnsToLatchAcrossTwelveSteps(long seed) {
        TrialOutcome outcome = new GruLearner(params(Optimizer.SGD, 0.5))
                .train(new TestContext(new LatchTask(12), new StreakRule(200), 20_000, seed));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
    }

    @Test
    void adamLearnsIt() {
        TrialOutcome outcome = new GruLearner(params(Optimizer.ADAM, 0.01))
                .train(new TestContext(new LatchTask(12), new StreakRule(200), 20_000, 1));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
    }

    @Test
    void itLearnsToSayThePreviousSymbolWithTargetsAtEveryStep() {
        TrialOutcome outcome = new GruLearner(params(Optimizer.SGD, 1.0))
                .train(new TestContext(new PreviousSymbolTask(), new StreakRule(100), 20_000, 1));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
    }

    @Test
    void aFewSequencesCannotSolveIt() {
        TrialOutcome outcome = new GruLearner(params(Optimizer.SGD, 0.5))
                .train(new TestContext(new LatchTask(12), new StreakRule(200), 150, 1));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.UNSOLVED);
    }
}
