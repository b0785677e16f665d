package org.lstm97.baselines.guessing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.testkit.TestContext;

/**
 * The learner's bookkeeping pinned field by field (status, presentations, success count, steps, milestones,
 * message) for both stop-rule feeds, with and without early abort, solved and out of budget.
 */
class GuessingOutcomePinTest {

    static String summary(TrialOutcome o) {
        return o.status() + " " + o.presented() + " " + o.sequencesToSuccess() + " " + o.steps() + " "
                + new TreeMap<>(o.milestones()) + " " + o.message();
    }

    @ParameterizedTest(name = "seed {0} hidden {1} {2} earlyAbort {3} budget {4}")
    @CsvSource(delimiter = '|', value = {
            "1 | 2 | EVERY_SEQUENCE | true  | 200000 | SOLVED 6233 6233 655085 {guesses=3818} solved by guess 3818",
            "2 | 1 | EVERY_SEQUENCE | true  | 200000 | SOLVED 22132 22132 2276150 {guesses=12803} solved by guess 12803",
            "7 | 2 | PASSING_GUESS  | true  | 200000 | SOLVED 12754 12754 1305034 {guesses=7995} solved by guess 7995",
            "3 | 1 | PASSING_GUESS  | false | 20000  | UNSOLVED 20000 null 2106600 {guesses=200} 200 guesses without success",
            "3 | 1 | EVERY_SEQUENCE | false | 20000  | UNSOLVED 20000 null 2106600 {guesses=200} 200 guesses without success",
            "1 | 2 | EVERY_SEQUENCE | true  | 500    | UNSOLVED 500 null 52558 {guesses=309} 309 guesses without success",
            "3 | 1 | PASSING_GUESS  | false | 450    | UNSOLVED 450 null 47399 {guesses=5} 5 guesses without success"})
    void outcomesAreUnchanged(long seed, int hidden, StopRuleFeed feed, boolean earlyAbort, long budget,
                              String pinned) {
        GuessingParams params = new GuessingParams(hidden, Architecture.A1, true, true, Activation.LOGISTIC, 100.0,
                100, earlyAbort, feed);
        TwoSequenceTestTask task = new TwoSequenceTestTask(100, 1);
        TrialOutcome outcome = new GuessingLearner(params)
                .train(new TestContext(task, new StreakThenTestRule(feed == StopRuleFeed.PASSING_GUESS ? 1 : 100,
                        256), budget, seed));
        assertThat(summary(outcome)).isEqualTo(pinned);
    }
}
