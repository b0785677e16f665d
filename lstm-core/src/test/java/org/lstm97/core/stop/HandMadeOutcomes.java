package org.lstm97.core.stop;

import java.util.function.LongFunction;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.StopRule;

/** Hand-made sequence outcomes for the stop-rule tests, and a driver that feeds them to a rule. */
final class HandMadeOutcomes {
    private HandMadeOutcomes() {}

    /** A correct sequence whose end errors (max, mean, clean) are all {@code error}, squared error error^2. */
    static SequenceOutcome correct(double error) {
        return new SequenceOutcome(true, error, error, error * error, error);
    }

    /** An incorrect sequence with end errors {@code error}. */
    static SequenceOutcome wrong(double error) {
        return new SequenceOutcome(false, error, error, error * error, error);
    }

    /** A sequence with the given correctness, mean (and max) absolute end error and squared error. */
    static SequenceOutcome of(boolean correct, double meanAbs, double squared) {
        return new SequenceOutcome(correct, meanAbs, meanAbs, squared, meanAbs);
    }

    /**
     * Feeds {@code rule} the outcomes {@code stream.apply(presented)} for presented = 1 .. max and returns the
     * count at which it first said SOLVED, or -1.
     */
    static long firstSolved(StopRule rule, Probe probe, long max, LongFunction<SequenceOutcome> stream) {
        for (long presented = 1; presented <= max; presented++) {
            if (rule.afterSequence(presented, stream.apply(presented), probe) == StopRule.Verdict.SOLVED) {
                return presented;
            }
        }
        return -1;
    }
}
