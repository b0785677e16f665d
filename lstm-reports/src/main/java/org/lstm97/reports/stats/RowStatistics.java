package org.lstm97.reports.stats;

/**
 * What one row's trials achieved. Means of sequences-to-success are over successful trials only (PAPER.md U13);
 * test measures are over successful trials when there are any, else over all trials that report them
 * ({@link #measuresOverSolved}).
 *
 * @param row                    the row name
 * @param trials                 trials that finished
 * @param solved                 trials whose stop rule held
 * @param unsolved               trials that ran out of budget
 * @param diverged               trials whose weights diverged
 * @param failed                 trials that threw
 * @param successInterval        95% Wilson interval of the success rate, null without trials
 * @param toSuccess              sequences-to-success of the successful trials, ascending
 * @param meanToSuccess          their mean, or null
 * @param medianToSuccess        their median, or null
 * @param meanToSuccessInterval  bootstrap interval of the mean, or null
 * @param meanSt1                mean sequences until milestone ST1 over trials that reached it, or null
 * @param meanWrong              mean number of wrong test sequences, or null
 * @param meanMse                mean test MSE, or null
 * @param meanMisclassified      mean fraction of misclassified test sequences, or null
 * @param meanCleanDiff          mean difference to the noise-free target, or null
 * @param measuresOverSolved     whether the test measures are over successful trials only
 * @param weights                trainable weights (from the result lines), or null
 * @param budget                 the largest per-trial budget
 * @param presented              sequences presented over all trials
 * @param wallMillis             wall time over all trials
 */
public record RowStatistics(
        String row,
        int trials,
        int solved,
        int unsolved,
        int diverged,
        int failed,
        Interval successInterval,
        double[] toSuccess,
        Double meanToSuccess,
        Double medianToSuccess,
        Interval meanToSuccessInterval,
        Double meanSt1,
        Double meanWrong,
        Double meanMse,
        Double meanMisclassified,
        Double meanCleanDiff,
        boolean measuresOverSolved,
        Double weights,
        long budget,
        long presented,
        long wallMillis) {

    public RowStatistics {
        toSuccess = toSuccess.clone();
    }

    /** Statistics of a row without any trial. */
    public static RowStatistics empty(String row) {
        return new RowStatistics(
                row,
                0,
                0,
                0,
                0,
                0,
                null,
                new double[0],
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                0L,
                0L,
                0L);
    }

    public boolean hasTrials() {
        return trials > 0;
    }

    /** The success rate in [0, 1]; NaN without trials. */
    public double successRate() {
        return trials == 0 ? Double.NaN : (double) solved / trials;
    }

    public Double minToSuccess() {
        return toSuccess.length == 0 ? null : toSuccess[0];
    }

    public Double maxToSuccess() {
        return toSuccess.length == 0 ? null : toSuccess[toSuccess.length - 1];
    }

    @Override
    public double[] toSuccess() {
        return toSuccess.clone();
    }
}
