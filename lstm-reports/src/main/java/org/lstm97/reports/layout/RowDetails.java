package org.lstm97.reports.layout;

import java.util.ArrayList;
import java.util.List;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.text.NumberText;

/**
 * What a row's trials did beyond the paper's columns: trial outcomes, the spread of sequences to success,
 * budget used and wall time. Printed as a details table under each paper table and as extra CSV cells.
 */
public final class RowDetails {
    /** The detail columns, in order. */
    public static final List<String> HEADERS = List.of(
            "trials",
            "solved",
            "unsolved",
            "diverged",
            "failed",
            "median to success",
            "min to success",
            "max to success",
            "budget per trial",
            "sequences presented",
            "wall time (s)");

    private RowDetails() {}

    /** One cell per {@link #HEADERS} entry (ours only; no paper values). */
    public static List<Cell> of(RowStatistics stats) {
        List<Cell> cells = new ArrayList<>();
        cells.add(count(stats.trials()));
        cells.add(count(stats.solved()));
        cells.add(count(stats.unsolved()));
        cells.add(count(stats.diverged()));
        cells.add(count(stats.failed()));
        cells.add(optional(stats.medianToSuccess()));
        cells.add(optional(stats.minToSuccess()));
        cells.add(optional(stats.maxToSuccess()));
        cells.add(stats.hasTrials() ? count(stats.budget()) : Cell.setting(Cell.NONE, null));
        cells.add(count(stats.presented()));
        double seconds = stats.wallMillis() / 1000.0;
        cells.add(Cell.setting(NumberText.smallCount(seconds), seconds));
        return cells;
    }

    private static Cell count(double value) {
        return Cell.setting(NumberText.count(value), value);
    }

    private static Cell optional(Double value) {
        return value == null ? Cell.setting(Cell.NONE, null) : count(value);
    }
}
