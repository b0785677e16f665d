package org.lstm97.core.stop;

import org.lstm97.core.api.Evaluation;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.StopRule;

/**
 * Exp. 3: every {@code every} sequences, test the frozen network on the trial's fixed test set of
 * {@code testSize} sequences. ST1: at most {@code maxWrong} misclassified (the task's {@code isCorrect}); the
 * first time it holds is recorded as milestone {@value #ST1}. ST2 (stop): ST1 and the mean error below
 * {@code beta}, at the same test.
 */
public final class St1St2StopRule implements StopRule {
    /** The milestone name of the first test at which ST1 held. */
    public static final String ST1 = "ST1";

    private final int every;
    private final int testSize;
    private final int maxWrong;
    private final double beta;
    private final St1St2Params.Error error;
    private boolean st1Seen;

    public St1St2StopRule(St1St2Params params) {
        this.every = params.every();
        this.testSize = params.testSize();
        this.maxWrong = params.maxWrong();
        this.beta = params.beta();
        this.error = params.error();
    }

    @Override
    public Verdict afterSequence(long presented, SequenceOutcome outcome, Probe probe) {
        if (presented % every != 0) {
            return Verdict.CONTINUE;
        }
        Evaluation test = probe.evaluate(TestSets.of(probe, testSize, "st1-st2"));
        if (test.wrong() > maxWrong) {
            return Verdict.CONTINUE;
        }
        if (!st1Seen) {
            st1Seen = true;
            probe.milestone(ST1, presented);
        }
        double mean = error == St1St2Params.Error.ABS ? test.meanEndAbsError() : test.meanCleanAbsDiff();
        return mean < beta ? Verdict.SOLVED : Verdict.CONTINUE;
    }
}
