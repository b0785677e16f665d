package org.lstm97.baselines.elman;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.testkit.StreakRule;
import org.lstm97.core.testkit.TestContext;
import org.lstm97.tasks.reber.ReberParams;
import org.lstm97.tasks.reber.ReberTask;
import org.lstm97.tasks.reber.TargetCoding;

/**
 * Elman's procedure learns the plain Reber grammar (Cleeremans et al. 1989: "a perfect finite-state recognizer"):
 * 500 strings in a row with the legal successors always the most active outputs. The grammar needs the context:
 * after T the legal successors are {S, X} or {T, V} depending on what came before.
 */
class ElmanLearningTest {
    private static final ReberTask REBER = new ReberTask(new ReberParams(TargetCoding.NEXT_SYMBOL));

    @ParameterizedTest(name = "seed {0}, bias {1}")
    @CsvSource({"1, true", "2, true", "3, false", "4, false"})
    void learnsToPredictTheLegalSuccessorsOfTheReberGrammar(long seed, boolean bias) {
        ElmanLearner learner = new ElmanLearner(new ElmanParams(15, 0.1, 0.0, 0.2, bias, 0.5));
        TrialOutcome outcome =
                learner.train(new TestContext(REBER, new StreakRule(500), 100_000, seed, TestContext.Streams.HASHED));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
    }
}
