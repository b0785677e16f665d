package org.lstm97.baselines.guessing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.testkit.TestContext;
import org.lstm97.core.train.Evaluator;
import org.lstm97.tasks.twosequence.TwoSequenceParams;
import org.lstm97.tasks.twosequence.TwoSequenceTask;
import org.lstm97.tasks.twosequence.TwoSequenceVariant;

class GuessingLearnerTest {

    private static GuessingParams params(int hidden, StopRuleFeed feed) {
        return new GuessingParams(hidden, Architecture.A1, true, true, Activation.LOGISTIC, 100.0, 100, true, feed);
    }

    /** Exp. 3a with minimal length T and N = 1 informative input (Bengio's setting). */
    private static TwoSequenceTask twoSequence(int minLength) {
        return new TwoSequenceTask(
                new TwoSequenceParams(TwoSequenceVariant.CLEAN_PREFIX, minLength, 1, 0.2, 0.1, 0.2, 0.1));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void solvesTheTwoSequenceProblemInFewGuesses(long seed) {
        TwoSequenceTask task = twoSequence(100);
        // Bengio's setting with 2 hidden units; with these seeds the trial needs 1,000-4,000 guesses
        TrialOutcome outcome = new GuessingLearner(params(2, StopRuleFeed.EVERY_SEQUENCE))
                .train(new TestContext(task, new StreakThenTestRule(100, 256), 200_000, seed));

        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
        long guesses = outcome.milestones().get(GuessingLearner.GUESSES);
        assertThat(guesses).isBetween(1L, 10_000L);
        assertThat(outcome.presented()).isGreaterThanOrEqualTo(guesses + 99);
        List<Sequence> fresh = new TestContext(task, null, 0, seed + 100)
                .probeFor(outcome.network())
                .testSet(500);
        assertThat(Evaluator.evaluate(outcome.network(), task, fresh).wrongFraction())
                .isLessThan(0.01);
    }

    @Test
    void passingGuessFeedAlsoSolvesIt() {
        TwoSequenceTask task = twoSequence(100);
        TrialOutcome outcome = new GuessingLearner(params(2, StopRuleFeed.PASSING_GUESS))
                .train(new TestContext(task, new StreakThenTestRule(1, 256), 200_000, 7));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
    }

    @Test
    void everyEvaluatedSequenceCountsAsPresentedAndTheBudgetHolds() {
        SequenceTask neverCorrect = twoSequence(10);
        SequenceTask task = new SequenceTask() {
            @Override
            public int inputSize() {
                return 1;
            }

            @Override
            public int outputSize() {
                return 1;
            }

            @Override
            public List<String> inputNames() {
                return null;
            }

            @Override
            public List<String> outputNames() {
                return null;
            }

            @Override
            public Sequence next(RandomGenerator random) {
                return neverCorrect.next(random);
            }

            @Override
            public boolean isCorrect(Sequence sequence, double[] outputs) {
                return false;
            }
        };
        TrialOutcome outcome = new GuessingLearner(params(1, StopRuleFeed.EVERY_SEQUENCE))
                .train(new TestContext(task, new StreakThenTestRule(100, 10), 50, 5));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.UNSOLVED);
        assertThat(outcome.presented()).isEqualTo(50);
        assertThat(outcome.milestones().get(GuessingLearner.GUESSES))
                .as("each guess stops at its first (wrong) sequence")
                .isEqualTo(50L);
        assertThat(outcome.steps()).isBetween(50L * 10, 50L * 11);
    }
}
