package org.lstm97.core.stop;

import org.lstm97.core.api.Probe;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.StopRule;

/**
 * ST3(β): stop once the {@code window} most recent training sequences were all correct (the task's
 * {@code isCorrect}, outputs taken before the weight update) and their mean training error is below β. Never
 * fires before {@code window} sequences were seen. O(1) per sequence.
 */
public final class St3StopRule implements StopRule {
    private final SequenceWindow recent;
    private final double beta;
    private final boolean halfSse;
    private final int every;

    public St3StopRule(St3Params params) {
        this.recent = new SequenceWindow(params.window());
        this.beta = params.beta();
        this.halfSse = params.error() == St3Params.Error.HALF_SSE;
        this.every = params.every();
    }

    @Override
    public Verdict afterSequence(long presented, SequenceOutcome outcome, Probe probe) {
        double error = halfSse ? 0.5 * outcome.squaredError() : outcome.endMeanAbsError();
        recent.add(error, !outcome.correct());
        if (presented % every != 0 || !recent.full() || recent.flagged() != 0) {
            return Verdict.CONTINUE;
        }
        return recent.mean() < beta ? Verdict.SOLVED : Verdict.CONTINUE;
    }
}
