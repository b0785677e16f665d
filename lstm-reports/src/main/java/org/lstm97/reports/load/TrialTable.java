package org.lstm97.reports.load;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.lstm97.core.run.TrialResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Result lines as a Tablesaw table: one row per trial with the columns {@code experiment, table, row, trial,
 * status, presented, sequencesToSuccess, budget, weights, wallMillis}, one column per milestone (e.g.
 * {@code ST1}) and one per metric (e.g. {@code wrong}, {@code mse}); absent values are missing.
 */
public final class TrialTable {
    public static final String EXPERIMENT = "experiment";
    public static final String TABLE = "table";
    public static final String ROW = "row";
    public static final String TRIAL = "trial";
    public static final String STATUS = "status";
    public static final String PRESENTED = "presented";
    public static final String SEQUENCES_TO_SUCCESS = "sequencesToSuccess";
    public static final String BUDGET = "budget";
    public static final String WEIGHTS = "weights";
    public static final String WALL_MILLIS = "wallMillis";

    private TrialTable() {}

    /** The table of {@code trials}; milestone and metric columns are the union over all trials. */
    public static Table of(String name, List<TrialResult> trials) {
        TreeSet<String> measures = new TreeSet<>();
        for (TrialResult t : trials) {
            measures.addAll(t.milestones().keySet());
            measures.addAll(t.metrics().keySet());
        }
        StringColumn experiment = StringColumn.create(EXPERIMENT);
        StringColumn table = StringColumn.create(TABLE);
        StringColumn row = StringColumn.create(ROW);
        IntColumn trial = IntColumn.create(TRIAL);
        StringColumn status = StringColumn.create(STATUS);
        LongColumn presented = LongColumn.create(PRESENTED);
        DoubleColumn toSuccess = DoubleColumn.create(SEQUENCES_TO_SUCCESS);
        LongColumn budget = LongColumn.create(BUDGET);
        DoubleColumn weights = DoubleColumn.create(WEIGHTS);
        LongColumn wall = LongColumn.create(WALL_MILLIS);
        Table result =
                Table.create(name, experiment, table, row, trial, status, presented, toSuccess, budget, weights, wall);
        for (String measure : measures) {
            result.addColumns(DoubleColumn.create(measure));
        }
        for (TrialResult t : trials) {
            experiment.append(t.experiment() == null ? "" : t.experiment());
            table.append(t.table() == null ? "" : t.table());
            row.append(t.row());
            trial.append(t.trial());
            status.append(t.status() == null ? TrialResult.FAILED : t.status());
            presented.append(t.presented());
            appendNullable(
                    toSuccess,
                    t.sequencesToSuccess() == null
                            ? null
                            : t.sequencesToSuccess().doubleValue());
            budget.append(t.budget());
            appendNullable(weights, t.weights() == null ? null : t.weights().doubleValue());
            wall.append(t.wallMillis());
            for (String measure : measures) {
                appendNullable(result.doubleColumn(measure), value(t, measure));
            }
        }
        return result;
    }

    private static Double value(TrialResult t, String measure) {
        Long milestone = t.milestones().get(measure);
        if (milestone != null) {
            return milestone.doubleValue();
        }
        Map<String, Double> metrics = t.metrics();
        return metrics.get(measure);
    }

    private static void appendNullable(DoubleColumn column, Double value) {
        if (value == null) {
            column.appendMissing();
        } else {
            column.append(value);
        }
    }
}
