package org.lstm97.reports.verdict;

import org.lstm97.reports.load.PlannedRow;
import org.lstm97.reports.stats.RowStatistics;

/**
 * How far one reading of a printed row is from the paper, to rank the readings of that row
 * ({@code experiments/readings}): d = |r − r_p| + |ln(m / m_p)|, with r our success rate and r_p the paper's (as the
 * verdict rule takes it: 100% for an LSTM row where the paper prints none), m our mean sequences to success over the
 * solved trials and m_p the paper's. Without a solved trial the second term is ln(B / m_p), B the budget per trial,
 * when B exceeds m_p (every trial needed more than B, so any mean would lie at least that far), else 0. A term
 * the paper gives no number for is 0. Both terms are dimensionless: 0.1 in the rate is ten points of success,
 * 0.1 in the mean a factor of about 1.1; d = 0 is the paper exactly.
 */
public final class ReadingDistance {
    /** The definition, as every report with readings states it once at its top. */
    public static final String STATEMENT = "Readings are ranked by their distance to the paper, d = |r − r_p| + "
            + "|ln(m / m_p)|: r is our success rate and r_p the paper's (100% for an LSTM row where the paper prints "
            + "none), m our mean sequences to success over solved trials and m_p the paper's mean; without a solved "
            + "trial the second term is ln(B / m_p) for a budget B per trial above m_p (every trial needed more "
            + "than B), else 0; a term the paper gives no number for is 0. Smallest first; d = 0 is the paper "
            + "exactly. Whether a reading reproduces the row is the verdict rule's call, not the distance's.";

    private ReadingDistance() {}

    /** The distance of a row's result from its paper values; null for a row without trials. */
    public static Double of(PlannedRow spec, RowStatistics stats) {
        if (!stats.hasTrials()) {
            return null;
        }
        double distance = 0.0;
        Double paperRate = VerdictRule.expectedSuccessRate(spec);
        if (paperRate != null) {
            distance += Math.abs(stats.successRate() - paperRate);
        }
        Double paperMean = spec.paper().meanToSuccess();
        if (paperMean != null && paperMean > 0.0) {
            if (stats.meanToSuccess() != null) {
                distance += Math.abs(StrictMath.log(stats.meanToSuccess() / paperMean));
            } else {
                long budget = stats.budget() > 0 ? stats.budget() : spec.budget();
                distance += budget > paperMean ? StrictMath.log(budget / paperMean) : 0.0;
            }
        }
        return distance;
    }
}
