package org.lstm97.baselines.chunker;

import org.lstm97.core.api.Probe;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.StopRule;

/** Test stop rule in the spirit of Exp. 2: {@code streak} successive training sequences judged correct. */
final class StreakRule implements StopRule {
    private final int streak;
    private int run;

    StreakRule(int streak) {
        this.streak = streak;
    }

    @Override
    public Verdict afterSequence(long presented, SequenceOutcome outcome, Probe probe) {
        run = outcome.correct() ? run + 1 : 0;
        return run >= streak ? Verdict.SOLVED : Verdict.CONTINUE;
    }

    @Override
    public long sequencesToSuccess(long presented) {
        return presented - streak;
    }
}
