package org.lstm97.reports.load;

import java.util.List;
import org.lstm97.core.run.TrialResult;

/** One experiment of a results folder: its resolved specification and the trials that finished. */
public record ExperimentResults(ExperimentSpec spec, List<TrialResult> trials) {

    public ExperimentResults {
        trials = List.copyOf(trials);
    }
}
