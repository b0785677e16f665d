package org.lstm97.reports.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The paper's own experiment files, as the CLI knows them (the files packed into lstm97): per experiment name,
 * its table and the names of its rows. A results folder that holds any of them is a paper folder, and a
 * report of it takes only these experiments and rows, so that a user's experiment run into the same folder
 * never lands in, or renames, a paper table.
 *
 * @param experiments per experiment name, what the paper's file declares
 */
public record PaperSuite(Map<String, Entry> experiments) {
    /** No paper files known: every experiment of a folder is reported. */
    public static final PaperSuite NONE = new PaperSuite(Map.of());

    /**
     * One paper experiment file.
     *
     * @param table the table it reproduces
     * @param rows  the names of its rows (over all its profiles)
     */
    public record Entry(String table, Set<String> rows) {
        public Entry {
            rows = Set.copyOf(rows);
        }
    }

    public PaperSuite {
        experiments = Map.copyOf(new LinkedHashMap<>(experiments));
    }

    /** Whether {@code spec} is one of the paper's experiments (same name and table). */
    public boolean holds(PlannedExperiment spec) {
        Entry entry = experiments.get(spec.experiment());
        return entry != null && entry.table().equals(spec.table());
    }

    /** Whether {@code row} of the paper experiment {@code experiment} is one of the paper file's rows. */
    public boolean holdsRow(String experiment, String row) {
        Entry entry = experiments.get(experiment);
        return entry != null && entry.rows().contains(row);
    }
}
