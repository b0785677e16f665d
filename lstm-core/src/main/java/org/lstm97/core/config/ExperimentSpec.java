package org.lstm97.core.config;

import java.util.List;

/**
 * A parsed, validated experiment file with its profile applied and its grid expanded into rows.
 *
 * @param name    the experiment name (also its results folder)
 * @param table   the paper table it reproduces
 * @param title   a human title
 * @param profile the profile applied
 * @param seed    the base seed
 * @param source  the file it came from, as named in messages
 * @param rows    the rows in file order
 */
public record ExperimentSpec(String name, String table, String title, String profile, long seed, String source,
                             List<RowSpec> rows) {

    public ExperimentSpec {
        rows = List.copyOf(rows);
    }

    /** Total number of trials over all rows. */
    public int trialCount() {
        return rows.stream().mapToInt(RowSpec::trials).sum();
    }
}
