package org.lstm97.baselines.rcc;

import org.lstm97.core.api.Probe;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.StopRule;

/** Test stop rule: after a streak of {@code streak} correct sequences, the whole training set must be correct. */
final class AllCorrectRule implements StopRule {
    private final int streak;
    private int run;

    AllCorrectRule(int streak) {
        this.streak = streak;
    }

    @Override
    public Verdict afterSequence(long presented, SequenceOutcome outcome, Probe probe) {
        run = outcome.correct() ? run + 1 : 0;
        if (run >= streak && probe.evaluate(probe.trainingSet()).wrong() == 0) {
            return Verdict.SOLVED;
        }
        return Verdict.CONTINUE;
    }
}
