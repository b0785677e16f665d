package org.lstm97.reports.load;

import java.nio.file.Path;
import java.util.List;
import org.lstm97.core.run.TrialResult;

/**
 * One experiment of a results folder: its resolved specification and the trials that finished.
 *
 * @param spec   the resolved experiment
 * @param trials the counting result lines
 * @param folder the experiment's folder, or null when not read from disk
 */
public record ExperimentResults(PlannedExperiment spec, List<TrialResult> trials, Path folder) {

    public ExperimentResults {
        trials = List.copyOf(trials);
    }

    public ExperimentResults(PlannedExperiment spec, List<TrialResult> trials) {
        this(spec, trials, null);
    }
}
