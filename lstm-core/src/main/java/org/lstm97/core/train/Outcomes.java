package org.lstm97.core.train;

import org.lstm97.core.api.Evaluation;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.SequenceTask;

/** Turns the outputs recorded for one sequence into the measures stop rules and metrics use. */
public final class Outcomes {
    private Outcomes() {}

    /**
     * Measures one sequence.
     *
     * @param outputs the outputs at every step, {@code sequence.length() x outputSize}, row-major
     */
    public static SequenceOutcome of(SequenceTask task, Sequence sequence, double[] outputs) {
        int k = sequence.outputSize();
        double squared = 0.0;
        for (int t = 0; t < sequence.length(); t++) {
            if (sequence.hasTarget(t)) {
                int base = t * k;
                for (int o = 0; o < k; o++) {
                    double e = sequence.target(t, o) - outputs[base + o];
                    squared += e * e;
                }
            }
        }
        int end = sequence.lastTargetStep();
        double max = 0.0;
        double sumAbs = 0.0;
        double sumClean = 0.0;
        if (end >= 0) {
            int base = end * k;
            for (int o = 0; o < k; o++) {
                double abs = Math.abs(sequence.target(end, o) - outputs[base + o]);
                max = Math.max(max, abs);
                sumAbs += abs;
                sumClean += Math.abs(sequence.cleanTarget(end, o) - outputs[base + o]);
            }
            if (Double.isNaN(outputs[base])) {
                max = Double.NaN;
            }
        }
        return new SequenceOutcome(task.isCorrect(sequence, outputs), max, sumAbs / k, squared, sumClean / k);
    }

    /** Accumulates sequence outcomes into an {@link Evaluation}. */
    public static final class Accumulator {
        private int count;
        private int wrong;
        private double sumAbs;
        private double maxAbs;
        private double sumSquared;
        private double sumClean;

        /**
         * Adds one sequence; {@code endSquaredMean} is the mean over output units of the squared error at the
         * last target step.
         */
        public void add(SequenceOutcome outcome, double endSquaredMean) {
            count++;
            if (!outcome.correct()) {
                wrong++;
            }
            sumAbs += outcome.endMeanAbsError();
            maxAbs = Math.max(maxAbs, outcome.endMaxAbsError());
            sumSquared += endSquaredMean;
            sumClean += outcome.endCleanAbsDiff();
        }

        public Evaluation result() {
            if (count == 0) {
                return new Evaluation(0, 0, 0.0, 0.0, 0.0, 0.0);
            }
            return new Evaluation(count, wrong, sumAbs / count, maxAbs, sumSquared / count, sumClean / count);
        }
    }

    /** Mean over output units of the squared error at the last target step. */
    public static double endSquaredMean(Sequence sequence, double[] outputs) {
        int end = sequence.lastTargetStep();
        if (end < 0) {
            return 0.0;
        }
        int k = sequence.outputSize();
        double sum = 0.0;
        for (int o = 0; o < k; o++) {
            double e = sequence.target(end, o) - outputs[end * k + o];
            sum += e * e;
        }
        return sum / k;
    }
}
