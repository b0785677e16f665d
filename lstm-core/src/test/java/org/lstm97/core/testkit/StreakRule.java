package org.lstm97.core.testkit;

import org.lstm97.core.api.Probe;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.StopRule;

/**
 * Test stop rule: solved once {@code streak} successive training sequences were judged correct. One instance per
 * trial (it counts the current run).
 */
public final class StreakRule implements StopRule {
    private final int streak;
    private final boolean countFromStreakStart;
    private int run;

    /** Reports "success after" as the sequences presented when the streak was complete. */
    public StreakRule(int streak) {
        this(streak, false);
    }

    private StreakRule(int streak, boolean countFromStreakStart) {
        this.streak = streak;
        this.countFromStreakStart = countFromStreakStart;
    }

    /** In the spirit of Exp. 2: reports "success after" as the sequences presented before the streak began. */
    public static StreakRule countedFromItsStart(int streak) {
        return new StreakRule(streak, true);
    }

    @Override
    public Verdict afterSequence(long presented, SequenceOutcome outcome, Probe probe) {
        run = outcome.correct() ? run + 1 : 0;
        return run >= streak ? Verdict.SOLVED : Verdict.CONTINUE;
    }

    @Override
    public long sequencesToSuccess(long presented) {
        return countFromStreakStart ? presented - streak : presented;
    }
}
