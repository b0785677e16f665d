package org.lstm97.reports.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.lstm97.core.random.Seeds;
import org.lstm97.core.run.TrialResult;
import org.lstm97.reports.load.ExperimentResults;
import org.lstm97.reports.load.PlannedRow;
import org.lstm97.reports.load.TrialTable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Aggregates an experiment's result lines per row, through a Tablesaw table of the trials. Rows come out in
 * the paper's order (the order of {@code experiment.json}), followed by rows that only the result lines name.
 *
 * @param bootstrap  the bootstrap of the mean sequences-to-success
 * @param seed       base seed of the bootstrap streams (one stream per experiment and row)
 */
public record RowAggregator(BootstrapInterval bootstrap, long seed) {
    /** Metric names in {@link TrialResult#metrics()}. */
    public static final String WRONG = "wrong";

    public static final String WRONG_FRACTION = "wrong-fraction";
    public static final String MSE = "mse";
    public static final String CLEAN_DIFF = "clean-diff";
    public static final String ST1 = "ST1";

    public static final RowAggregator DEFAULT = new RowAggregator(BootstrapInterval.DEFAULT, 2000L);

    /** One statistics record per row. */
    public List<RowStatistics> aggregate(ExperimentResults results) {
        String name = results.spec().experiment();
        Table trials = TrialTable.of(name, results.trials());
        Set<String> rows = new LinkedHashSet<>();
        for (PlannedRow row : results.spec().rows()) {
            rows.add(row.row());
        }
        rows.addAll(trials.stringColumn(TrialTable.ROW).asList());
        List<RowStatistics> out = new ArrayList<>();
        for (String row : rows) {
            Table rowTrials = trials.where(trials.stringColumn(TrialTable.ROW).isEqualTo(row));
            out.add(aggregate(name, row, rowTrials));
        }
        return out;
    }

    /** Statistics of one row's trials (a slice of a {@link TrialTable}). */
    public RowStatistics aggregate(String experiment, String row, Table trials) {
        int n = trials.rowCount();
        if (n == 0) {
            return RowStatistics.empty(row);
        }
        Table solvedTrials = trials.where(trials.stringColumn(TrialTable.STATUS).isEqualTo(TrialResult.SOLVED));
        int solved = solvedTrials.rowCount();
        int diverged = trials.where(trials.stringColumn(TrialTable.STATUS).isEqualTo(TrialResult.DIVERGED))
                .rowCount();
        int failed = trials.where(trials.stringColumn(TrialTable.STATUS).isEqualTo(TrialResult.FAILED))
                .rowCount();
        int unsolved = n - solved - diverged - failed;

        double[] toSuccess = solvedTrials
                .doubleColumn(TrialTable.SEQUENCES_TO_SUCCESS)
                .removeMissing()
                .asDoubleArray();
        Arrays.sort(toSuccess);
        Double mean = null;
        Double median = null;
        Interval meanInterval = null;
        if (toSuccess.length > 0) {
            DescriptiveStatistics stats = new DescriptiveStatistics(toSuccess);
            mean = stats.getMean();
            median = stats.getPercentile(50.0);
            meanInterval = bootstrap.ofMean(toSuccess, Seeds.derive(seed, experiment, row));
        }
        boolean overSolved = solved > 0;
        Table measured = overSolved ? solvedTrials : trials;
        return new RowStatistics(
                row,
                n,
                solved,
                unsolved,
                diverged,
                failed,
                WilsonInterval.of95(solved, n),
                toSuccess,
                mean,
                median,
                meanInterval,
                meanOf(trials, ST1),
                meanOf(measured, WRONG),
                meanOf(measured, MSE),
                meanOf(measured, WRONG_FRACTION),
                meanOf(measured, CLEAN_DIFF),
                overSolved,
                firstOf(trials, TrialTable.WEIGHTS),
                (long) trials.longColumn(TrialTable.BUDGET).max(),
                (long) trials.longColumn(TrialTable.PRESENTED).sum(),
                (long) trials.longColumn(TrialTable.WALL_MILLIS).sum());
    }

    private static Double meanOf(Table trials, String column) {
        if (!trials.columnNames().contains(column)) {
            return null;
        }
        DoubleColumn values = trials.doubleColumn(column).removeMissing();
        // sum / size, not mean(): Tablesaw's mean() is commons-math's two-pass corrected mean, which moves the
        // last bit and with it a printed figure (Table 6, N = 1, fraction misclassified 0.00601562 -> 0.00601563)
        return values.isEmpty() ? null : values.sum() / values.size();
    }

    private static Double firstOf(Table trials, String column) {
        DoubleColumn values = trials.doubleColumn(column).removeMissing();
        return values.isEmpty() ? null : values.get(0);
    }
}
