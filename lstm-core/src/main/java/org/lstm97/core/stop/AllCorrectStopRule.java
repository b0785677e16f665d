package org.lstm97.core.stop;

import java.util.List;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.StopRule;

/**
 * Exp. 1: stop once "all string symbols of all sequences in both test set and training set are predicted
 * correctly" (the task's {@code isCorrect}), judged on the frozen network every {@code every} sequences. The
 * test set is evaluated only when the training set passed. An empty training set counts as passed.
 */
public final class AllCorrectStopRule implements StopRule {
    private final int every;
    private final int testSize;

    public AllCorrectStopRule(AllCorrectParams params) {
        this.every = params.every();
        this.testSize = params.testSize();
    }

    @Override
    public Verdict afterSequence(long presented, SequenceOutcome outcome, Probe probe) {
        if (presented % every != 0) {
            return Verdict.CONTINUE;
        }
        List<Sequence> training = probe.trainingSet();
        if (!training.isEmpty() && probe.evaluate(training).wrong() != 0) {
            return Verdict.CONTINUE;
        }
        return probe.evaluate(TestSets.of(probe, testSize, "all-correct")).wrong() == 0
                ? Verdict.SOLVED
                : Verdict.CONTINUE;
    }
}
