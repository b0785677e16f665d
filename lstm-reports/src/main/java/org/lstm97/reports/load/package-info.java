/**
 * Reading a results folder: {@code <experiment>/experiment.json} (the resolved experiment with the paper's
 * reference values, core's {@link org.lstm97.core.run.ExperimentFile}, viewed as {@link PlannedExperiment}) and
 * {@code <experiment>/trials.jsonl} (one {@link org.lstm97.core.run.TrialResult} per line, read by core's
 * {@link org.lstm97.core.run.TrialLines}), and turning result lines into a Tablesaw table.
 */
package org.lstm97.reports.load;
