package org.lstm97.core.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed, validated experiment file with its profile applied and its grid expanded into rows.
 *
 * @param name      the experiment name (also its results folder)
 * @param table     the paper table it reproduces, or null for an experiment of one's own
 * @param title     a human title
 * @param profile   the profile applied
 * @param seed      the base seed
 * @param source    the file it came from, as named in messages
 * @param rows      the rows in file order
 * @param overrides the command line's {@code --set} overrides, as given, in order
 * @param changes   per row name, the task and learner settings that differ from the file as written (made by
 *                  the profile or an override); rows as written have none
 */
public record ExperimentSpec(
        String name,
        String table,
        String title,
        String profile,
        long seed,
        String source,
        List<RowSpec> rows,
        List<String> overrides,
        Map<String, List<SettingChange>> changes) {

    public ExperimentSpec {
        rows = List.copyOf(rows);
        overrides = List.copyOf(overrides);
        Map<String, List<SettingChange>> copy = new LinkedHashMap<>();
        changes.forEach((row, list) -> copy.put(row, List.copyOf(new ArrayList<>(list))));
        changes = Collections.unmodifiableMap(copy);
    }

    /** An experiment as written: no overrides, no changed settings. */
    public ExperimentSpec(
            String name, String table, String title, String profile, long seed, String source, List<RowSpec> rows) {
        this(name, table, title, profile, seed, source, rows, List.of(), Map.of());
    }

    /** Total number of trials over all rows. */
    public int trialCount() {
        return rows.stream().mapToInt(RowSpec::trials).sum();
    }

    /** The settings of {@code row} that differ from the file as written. */
    public List<SettingChange> changesOf(String row) {
        return changes.getOrDefault(row, List.of());
    }
}
