package org.lstm97.core.stop;

import org.lstm97.core.api.Probe;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.StopRule;

/**
 * Exp. 2, judged on the training stream: stop once {@code window} successive training sequences passed. A
 * streak needs no buffer, only its length, so this is O(1) per sequence. With {@code report: streak-start}
 * "success after" is the number of sequences presented before the streak began (the paper's 2a LSTM mean of
 * 5,040 is below the 10,000-sequence streak, so the paper cannot count the streak itself).
 */
public final class AbsStreakStopRule implements StopRule {
    private final int window;
    private final AbsStreakParams.Measure measure;
    private final double beta;
    private final AbsStreakParams.Report report;
    private long streak;

    public AbsStreakStopRule(AbsStreakParams params) {
        this.window = params.window();
        this.measure = params.measure();
        this.beta = params.beta() == null ? Double.NaN : params.beta();
        this.report = params.report();
    }

    @Override
    public Verdict afterSequence(long presented, SequenceOutcome outcome, Probe probe) {
        boolean passed =
                measure == AbsStreakParams.Measure.CORRECT ? outcome.correct() : outcome.endMaxAbsError() < beta;
        streak = passed ? streak + 1 : 0;
        return streak >= window ? Verdict.SOLVED : Verdict.CONTINUE;
    }

    @Override
    public long sequencesToSuccess(long presented) {
        return report == AbsStreakParams.Report.STREAK_START ? presented - window : presented;
    }
}
