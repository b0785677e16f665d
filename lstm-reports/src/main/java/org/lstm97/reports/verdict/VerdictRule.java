package org.lstm97.reports.verdict;

import java.util.ArrayList;
import java.util.List;
import org.lstm97.reports.load.PaperValues;
import org.lstm97.reports.load.RowSpec;
import org.lstm97.reports.stats.Interval;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.text.NumberText;

/**
 * When a row counts as reproduced: our success rate's 95% Wilson interval contains the paper's success rate
 * (100% for an LSTM row where the paper prints none), and our mean sequences-to-success over successful
 * trials is within a factor {@code meanFactor} of the paper's mean (either way). A criterion the paper gives
 * no number for is not checked; a row without any trial is "not run".
 *
 * @param meanFactor the largest accepted ratio between our mean and the paper's (e.g. 1.5)
 */
public record VerdictRule(double meanFactor) {
    public static final VerdictRule DEFAULT = new VerdictRule(1.5);
    private static final double TOLERANCE = 1e-9;

    public VerdictRule {
        if (!(meanFactor >= 1.0)) {
            throw new IllegalArgumentException("meanFactor must be >= 1: " + meanFactor);
        }
    }

    /** The paper's success rate in [0, 1] that the row is judged against, or null when none applies. */
    public static Double expectedSuccessRate(RowSpec spec) {
        PaperValues paper = spec.paper();
        if (paper.successPercent() != null) {
            return paper.successPercent() / 100.0;
        }
        return spec.isLstm() ? 1.0 : null;
    }

    public Judgement judge(RowSpec spec, RowStatistics stats) {
        if (!stats.hasTrials()) {
            return new Judgement(Verdict.NOT_RUN, "no trials");
        }
        List<String> failures = new ArrayList<>();
        List<String> passes = new ArrayList<>();
        Double expected = expectedSuccessRate(spec);
        if (expected != null) {
            Interval ci = stats.successInterval();
            String text = "success " + stats.solved() + "/" + stats.trials() + " [" + NumberText.percentRange(ci)
                    + "] vs " + NumberText.percent(expected);
            if (ci.low() - TOLERANCE <= expected && expected <= ci.high() + TOLERANCE) {
                passes.add(text);
            } else {
                failures.add(text);
            }
        }
        Double paperMean = spec.paper().meanToSuccess();
        if (paperMean != null && paperMean > 0.0) {
            if (stats.meanToSuccess() == null) {
                failures.add("no successful trial vs mean " + NumberText.count(paperMean));
            } else {
                double ratio = stats.meanToSuccess() / paperMean;
                String text = "mean ×" + NumberText.ratio(ratio) + " of " + NumberText.count(paperMean);
                if (ratio <= meanFactor + TOLERANCE && ratio >= 1.0 / meanFactor - TOLERANCE) {
                    passes.add(text);
                } else {
                    failures.add(text);
                }
            }
        }
        if (failures.isEmpty() && passes.isEmpty()) {
            return new Judgement(Verdict.NO_REFERENCE, "the paper gives no success rate or mean");
        }
        if (!failures.isEmpty()) {
            return new Judgement(Verdict.NOT_REPRODUCED, String.join("; ", failures));
        }
        return new Judgement(Verdict.REPRODUCED, String.join("; ", passes));
    }
}
