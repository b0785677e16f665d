package org.lstm97.core.stop;

import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/**
 * Parameters of {@code abs-streak} (Exp. 2a/2b/2c: "during 10,000 successive, randomly chosen input sequences,
 * the maximal absolute error of all output units is always below β").
 *
 * @param window  length of the streak (10,000)
 * @param measure what makes a sequence pass: the task's own {@code isCorrect}, or the end error below beta
 * @param beta    threshold for {@code measure: end-abs}; must be absent for {@code measure: correct}
 * @param report  which count is reported as "success after" in {@code mode: stream}
 * @param mode    judge the training stream, or frozen weights on a test set of {@code window} sequences
 * @param every   sequences between two frozen tests ({@code mode: frozen-test} only)
 */
public record AbsStreakParams(
        @Param(doc = "successive sequences that must all pass (paper: 10000)", value = "10000")
        int window,

        @Param(
                doc = "correct: the task's isCorrect (2a: ABS at all target steps); end-abs: max end error < beta",
                value = "correct")
        Measure measure,

        @Param(doc = "error bound for measure end-abs (2a/2b 0.25, 2c 0.2); omit for measure correct", value = "null")
        Double beta,

        @Param(
                doc = "stream mode: report the count before the streak (streak-start) or at its end (streak-end)",
                value = "streak-start")
        Report report,

        @Param(
                doc = "stream: judge training sequences; frozen-test: test frozen weights on window sequences",
                value = "stream")
        Mode mode,

        @Param(doc = "frozen-test mode only: sequences between two tests", value = "1000")
        int every) {

    public AbsStreakParams {
        ParamException.positive("window", window);
        ParamException.positive("every", every);
        if (measure == Measure.END_ABS) {
            if (beta == null) {
                throw new ParamException("beta", "beta is required with measure: end-abs");
            }
            ParamException.positive("beta", beta);
        } else if (beta != null) {
            throw new ParamException(
                    "beta",
                    "beta applies only to measure: end-abs; with measure: correct the"
                            + " task's own criterion decides");
        }
    }

    /** What makes one sequence pass. */
    public enum Measure {
        /** The task's {@code isCorrect} (for 2a: max absolute error below 0.25 at every target step). */
        CORRECT,
        /** Max absolute error of all output units at the last target step below {@code beta}. */
        END_ABS
    }

    /** Which count a stream streak reports as "success after". */
    public enum Report {
        /** Sequences presented before the streak began: the count at the successful test minus the window. */
        STREAK_START,
        /** Sequences presented when the streak completed. */
        STREAK_END
    }

    /** Where the streak is judged. */
    public enum Mode {
        /** On the training stream, outputs taken before each weight update. */
        STREAM,
        /** On frozen weights, every {@code every} sequences, over the probe's test set of {@code window}. */
        FROZEN_TEST
    }
}
