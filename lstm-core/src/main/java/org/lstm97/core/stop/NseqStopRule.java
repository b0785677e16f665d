package org.lstm97.core.stop;

import org.lstm97.core.api.Probe;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.StopRule;

/**
 * Exp. 5's n_seq rule: stop once fewer than {@code n} of the {@code window} most recent training sequences had
 * a maximal absolute end error above {@code threshold} (a NaN error counts as above). Judged only once
 * {@code window} sequences were seen, otherwise a fresh network would stop after its first 139 sequences.
 * Exact integer counting, O(1) per sequence.
 */
public final class NseqStopRule implements StopRule {
    private final SequenceWindow recent;
    private final int n;
    private final double threshold;
    private final int every;

    public NseqStopRule(NseqParams params) {
        this.recent = new SequenceWindow(params.window());
        this.n = params.n();
        this.threshold = params.threshold();
        this.every = params.every();
    }

    @Override
    public Verdict afterSequence(long presented, SequenceOutcome outcome, Probe probe) {
        recent.add(0.0, !(outcome.endMaxAbsError() <= threshold));
        if (presented % every != 0 || !recent.full()) {
            return Verdict.CONTINUE;
        }
        return recent.flagged() < n ? Verdict.SOLVED : Verdict.CONTINUE;
    }
}
