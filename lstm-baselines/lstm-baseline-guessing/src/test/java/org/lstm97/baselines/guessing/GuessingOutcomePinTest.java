package org.lstm97.baselines.guessing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.testkit.TestContext;
import org.lstm97.tasks.twosequence.TwoSequenceParams;
import org.lstm97.tasks.twosequence.TwoSequenceTask;
import org.lstm97.tasks.twosequence.TwoSequenceVariant;

/**
 * The learner's bookkeeping pinned field by field (status, presentations, success count, steps, milestones,
 * message) for both stop-rule feeds, with and without early abort, solved and out of budget, on lstm-tasks'
 * two-sequence task (pinned again when the test moved from its own copy of the task to it).
 */
class GuessingOutcomePinTest {

    static String summary(TrialOutcome o) {
        return o.status() + " " + o.presented() + " " + o.sequencesToSuccess() + " " + o.steps() + " "
                + new TreeMap<>(o.milestones()) + " " + o.message();
    }

    @ParameterizedTest(name = "seed {0} hidden {1} {2} earlyAbort {3} budget {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1 | 2 | EVERY_SEQUENCE | true  | 200000 | SOLVED 8093 8093 835136 {guesses=3818} solved by guess 3818",
                "2 | 1 | EVERY_SEQUENCE | true  | 200000 | SOLVED 20646 20646 2086874 {guesses=12803} solved by guess 12803",
                "7 | 2 | PASSING_GUESS  | true  | 200000 | SOLVED 26253 26253 2733117 {guesses=7995} solved by guess 7995",
                "3 | 1 | PASSING_GUESS  | false | 20000  | UNSOLVED 20000 null 2109800 {guesses=200} 200 guesses without success",
                "3 | 1 | EVERY_SEQUENCE | false | 20000  | UNSOLVED 20000 null 2109800 {guesses=200} 200 guesses without success",
                "1 | 2 | EVERY_SEQUENCE | true  | 500    | UNSOLVED 500 null 51547 {guesses=258} 258 guesses without success",
                "3 | 1 | PASSING_GUESS  | false | 450    | UNSOLVED 450 null 47480 {guesses=5} 5 guesses without success"
            })
    void outcomesAreUnchanged(
            long seed, int hidden, StopRuleFeed feed, boolean earlyAbort, long budget, String pinned) {
        GuessingParams params = new GuessingParams(
                hidden, Architecture.A1, true, true, Activation.LOGISTIC, 100.0, 100, earlyAbort, feed);
        // Exp. 3a with minimal length 100 and N = 1 informative input, lstm-tasks' own task
        TwoSequenceTask task =
                new TwoSequenceTask(new TwoSequenceParams(TwoSequenceVariant.CLEAN_PREFIX, 100, 1, 0.2, 0.1, 0.2, 0.1));
        TrialOutcome outcome = new GuessingLearner(params)
                .train(new TestContext(
                        task, new StreakThenTestRule(feed == StopRuleFeed.PASSING_GUESS ? 1 : 100, 256), budget, seed));
        assertThat(summary(outcome)).isEqualTo(pinned);
    }
}
