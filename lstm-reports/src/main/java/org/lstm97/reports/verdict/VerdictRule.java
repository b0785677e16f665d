package org.lstm97.reports.verdict;

import java.util.ArrayList;
import java.util.List;
import org.lstm97.reports.load.PaperValues;
import org.lstm97.reports.load.PlannedRow;
import org.lstm97.reports.stats.Interval;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.text.NumberText;

/**
 * When a row counts as reproduced. Three conditions, all required:
 * <ol>
 *   <li><b>rate</b>: our success rate's 95% Wilson interval contains the paper's success rate (100% for an LSTM
 *   row where the paper prints none);</li>
 *   <li><b>mean</b>: the paper's mean sequences-to-success lies inside our 95% bootstrap interval of the mean
 *   over successful trials, or within a factor {@code meanFactor} of our mean (either way);</li>
 *   <li><b>evidence</b>: at least {@code minTrials} solved trials (at least {@code minTrials} trials for a row
 *   whose paper gives no mean, such as a 0% row).</li>
 * </ol>
 * A row is <i>not reproduced</i> when the rate check fails (the Wilson interval accounts for the trial count,
 * so this holds at any count) or the mean check fails on at least {@code minTrials} solved trials. A row that
 * is neither says <i>too few trials (n)</i>, n being the trials it rests on; with fewer than
 * {@code minTrials} solved trials the mean is not judged either way. A criterion the paper gives no number for
 * is not checked; a row without any trial is "not run"; a row with nothing to compare is "no paper value".
 * {@link #statement()} says the same in the words every report prints at its top.
 *
 * @param meanFactor the largest accepted ratio between our mean and the paper's (e.g. 1.5)
 * @param minTrials  the fewest trials a "reproduced" may rest on (e.g. 5)
 */
public record VerdictRule(double meanFactor, int minTrials) {
    public static final VerdictRule DEFAULT = new VerdictRule(1.5, 5);
    private static final double TOLERANCE = 1e-9;

    public VerdictRule {
        if (!(meanFactor >= 1.0)) {
            throw new IllegalArgumentException("meanFactor must be >= 1: " + meanFactor);
        }
        if (minTrials < 1) {
            throw new IllegalArgumentException("minTrials must be >= 1: " + minTrials);
        }
    }

    /** The rule in the words every report prints once at its top. */
    public String statement() {
        String factor = "×" + NumberText.smallCount(meanFactor);
        return "Verdict rule: a row is reproduced when (1) the 95% Wilson interval of our success rate contains the "
                + "paper's success rate (100% for an LSTM row where the paper prints none), (2) the paper's mean "
                + "sequences to success lies inside our 95% bootstrap interval of the mean or within " + factor
                + " of our mean, and (3) it rests on at least " + minTrials + " solved trials (" + minTrials
                + " trials for a row whose paper gives no mean). It is not reproduced when (1) fails, or (2) fails "
                + "on at least " + minTrials + " solved trials; otherwise it says too few trials (n), n being the "
                + "trials it rests on. A criterion the paper gives no number for is not checked.";
    }

    /** The paper's success rate in [0, 1] that the row is judged against, or null when none applies. */
    public static Double expectedSuccessRate(PlannedRow spec) {
        PaperValues paper = spec.paper();
        if (paper.successPercent() != null) {
            return paper.successPercent() / 100.0;
        }
        return spec.isLstm() ? 1.0 : null;
    }

    public Judgement judge(PlannedRow spec, RowStatistics stats) {
        if (!stats.hasTrials()) {
            return new Judgement(Verdict.NOT_RUN, "no trials");
        }
        Double expected = expectedSuccessRate(spec);
        Double paperMean = spec.paper().meanToSuccess();
        boolean hasMean = paperMean != null && paperMean > 0.0;
        if (expected == null && !hasMean) {
            return new Judgement(Verdict.NO_REFERENCE, "the paper gives no success rate or mean");
        }
        List<String> failures = new ArrayList<>();
        List<String> passes = new ArrayList<>();
        List<String> notJudged = new ArrayList<>();
        if (expected != null) {
            Interval ci = stats.successInterval();
            String text = "success " + stats.solved() + "/" + stats.trials() + " [" + NumberText.percentRange(ci)
                    + "] vs " + NumberText.percent(expected);
            (ci.low() - TOLERANCE <= expected && expected <= ci.high() + TOLERANCE ? passes : failures).add(text);
        }
        int evidence = hasMean ? stats.solved() : stats.trials();
        boolean enough = evidence >= minTrials;
        if (hasMean && stats.meanToSuccess() != null) {
            String text = meanText(paperMean, stats);
            if (meanAgrees(paperMean, stats)) {
                passes.add(text);
            } else if (enough) {
                failures.add(text);
            } else {
                notJudged.add(text + " (not judged)");
            }
        }
        if (!failures.isEmpty()) {
            failures.addAll(notJudged);
            return new Judgement(Verdict.NOT_REPRODUCED, String.join("; ", failures), evidence);
        }
        if (!enough) {
            passes.addAll(notJudged);
            String what = (hasMean ? "solved " : "") + (evidence == 1 ? "trial" : "trials");
            String reason = (passes.isEmpty() ? "" : String.join("; ", passes) + "; ") + evidence + " " + what
                    + ", the rule needs " + minTrials;
            return new Judgement(Verdict.TOO_FEW_TRIALS, reason, evidence);
        }
        return new Judgement(Verdict.REPRODUCED, String.join("; ", passes), evidence);
    }

    /** Condition (2): the paper's mean inside our bootstrap interval, or within the factor of our mean. */
    private boolean meanAgrees(double paperMean, RowStatistics stats) {
        double ratio = stats.meanToSuccess() / paperMean;
        boolean withinFactor = ratio <= meanFactor + TOLERANCE && ratio >= 1.0 / meanFactor - TOLERANCE;
        Interval ci = stats.meanToSuccessInterval();
        return withinFactor || ci != null && ci.contains(paperMean);
    }

    private String meanText(double paperMean, RowStatistics stats) {
        double ratio = stats.meanToSuccess() / paperMean;
        String text = "mean ×" + NumberText.ratio(ratio) + " of " + NumberText.count(paperMean);
        Interval ci = stats.meanToSuccessInterval();
        boolean withinFactor = ratio <= meanFactor + TOLERANCE && ratio >= 1.0 / meanFactor - TOLERANCE;
        if (withinFactor || ci == null || stats.solved() < 2) {
            return text; // one solved trial has no interval to speak of
        }
        return text + ", " + (ci.contains(paperMean) ? "inside" : "outside") + " our interval ["
                + NumberText.countRange(ci) + "]";
    }
}
