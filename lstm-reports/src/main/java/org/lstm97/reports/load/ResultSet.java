package org.lstm97.reports.load;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a results folder holds.
 *
 * @param dir         the results folder
 * @param experiments the experiments, sorted by name
 * @param warnings    problems that were tolerated (a torn last line, trials of unplanned rows)
 */
public record ResultSet(Path dir, List<ExperimentResults> experiments, List<String> warnings) {

    public ResultSet {
        experiments = List.copyOf(experiments);
        warnings = List.copyOf(warnings);
    }
}
