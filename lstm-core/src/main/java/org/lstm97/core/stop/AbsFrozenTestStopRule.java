package org.lstm97.core.stop;

import org.lstm97.core.api.Evaluation;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.StopRule;

/**
 * Exp. 2, the other reading of U3: every {@code every} sequences, test the frozen weights on the probe's test
 * set of {@code window} sequences (drawn once per trial, Table 11's "test set size 10000"); stop when every
 * test sequence passes. "Success after" is the count at the successful test.
 */
public final class AbsFrozenTestStopRule implements StopRule {
    private final int window;
    private final int every;
    private final AbsStreakParams.Measure measure;
    private final double beta;

    public AbsFrozenTestStopRule(AbsStreakParams params) {
        this.window = params.window();
        this.every = params.every();
        this.measure = params.measure();
        this.beta = params.beta() == null ? Double.NaN : params.beta();
    }

    @Override
    public Verdict afterSequence(long presented, SequenceOutcome outcome, Probe probe) {
        if (presented % every != 0) {
            return Verdict.CONTINUE;
        }
        Evaluation test = probe.evaluate(TestSets.of(probe, window, "abs-streak"));
        boolean passed = measure == AbsStreakParams.Measure.CORRECT ? test.wrong() == 0 : test.maxEndAbsError() < beta;
        return passed ? Verdict.SOLVED : Verdict.CONTINUE;
    }
}
