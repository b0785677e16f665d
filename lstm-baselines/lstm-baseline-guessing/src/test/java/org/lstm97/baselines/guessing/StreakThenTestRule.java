package org.lstm97.baselines.guessing;

import org.lstm97.core.api.Probe;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.StopRule;

/**
 * A test stop rule in the spirit of ST1: once {@code streak} successive sequences were correct, the frozen net
 * must also misclassify none of a {@code testSize}-sequence test set.
 */
final class StreakThenTestRule implements StopRule {
    private final int streak;
    private final int testSize;
    private int run;

    StreakThenTestRule(int streak, int testSize) {
        this.streak = streak;
        this.testSize = testSize;
    }

    @Override
    public Verdict afterSequence(long presented, SequenceOutcome outcome, Probe probe) {
        run = outcome.correct() ? run + 1 : 0;
        if (run >= streak && probe.evaluate(probe.testSet(testSize)).wrong() == 0) {
            return Verdict.SOLVED;
        }
        return Verdict.CONTINUE;
    }
}
