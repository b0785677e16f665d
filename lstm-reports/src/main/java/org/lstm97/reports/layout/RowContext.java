package org.lstm97.reports.layout;

import org.lstm97.reports.load.PlannedExperiment;
import org.lstm97.reports.load.PlannedRow;
import org.lstm97.reports.stats.RowStatistics;

/** What a column sees of a row: its experiment, its specification with the paper's values, its statistics. */
public record RowContext(PlannedExperiment experiment, PlannedRow spec, RowStatistics stats) {}
