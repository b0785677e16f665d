package org.lstm97.reports.layout;

import org.lstm97.reports.load.ExperimentSpec;
import org.lstm97.reports.load.RowSpec;
import org.lstm97.reports.stats.RowStatistics;

/** What a column sees of a row: its experiment, its specification with the paper's values, its statistics. */
public record RowContext(ExperimentSpec experiment, RowSpec spec, RowStatistics stats) {
}
