package org.lstm97.baselines.bptt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.baselines.support.Architecture;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.testkit.PreviousSymbolTask;
import org.lstm97.core.testkit.StreakRule;
import org.lstm97.core.testkit.TestContext;

/** Epochwise BPTT learns a task that needs its recurrence; reproducibility and divergence are in the learner contract. */
class BpttLearningTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void epochwiseBpttLearnsToSayThePreviousSymbol(long seed) {
        BpttLearner learner = new BpttLearner(
                new BpttParams(Architecture.FULLY_RECURRENT, 2, 1.0, 0.2, true, 0, WeightUpdate.SEQUENCE));
        TrialOutcome outcome = learner.train(new TestContext(
                new PreviousSymbolTask(), new StreakRule(100), 30_000, seed, TestContext.Streams.HASHED));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
    }

    @Test
    void aNetWithoutRecurrenceCannotSayThePreviousSymbol() {
        // layered with no hidden unit: outputs read only the current input
        BpttLearner learner =
                new BpttLearner(new BpttParams(Architecture.LAYERED, 0, 1.0, 0.2, true, 0, WeightUpdate.SEQUENCE));
        TrialOutcome outcome = learner.train(
                new TestContext(new PreviousSymbolTask(), new StreakRule(100), 3_000, 1, TestContext.Streams.HASHED));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.UNSOLVED);
    }
}
