package org.lstm97.core.config;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fully resolved row of an experiment (a variant, with one value per grid axis): everything a trial of
 * the row needs, as plain data.
 *
 * @param experiment the experiment name
 * @param table      the paper table it reproduces
 * @param row        the row name, unique within the experiment ({@code variant} or {@code variant@T=100})
 * @param variant    the variant it came from
 * @param trials     number of trials
 * @param budget     maximum training sequences per trial
 * @param seed       the experiment's base seed
 * @param task       the task and its parameters
 * @param learner    the learner and its parameters
 * @param stop       the stop rule and its parameters
 * @param evaluation the final test
 * @param paper      the paper's reference values for this row (the keys of experiments/README.md)
 * @param configHash SHA-256 of the resolved configuration that determines a trial's result
 * @param references measurements of the same row made elsewhere (label, source, trials, solved, mean, note);
 *                   like {@code paper}, not part of the configuration hash
 * @param seedRow    the row whose trial seeds this row uses ({@code seedsOf} in the file), or null for its own:
 *                   a row with the seeds of another sees the same training sequences and test sets at the same
 *                   trial index
 */
public record RowSpec(
        String experiment,
        String table,
        String row,
        String variant,
        int trials,
        long budget,
        long seed,
        PluginSpec task,
        PluginSpec learner,
        PluginSpec stop,
        EvaluationSpec evaluation,
        Map<String, Object> paper,
        String configHash,
        List<Map<String, Object>> references,
        String seedRow)
        implements Serializable {

    public RowSpec {
        paper = Collections.unmodifiableMap(new LinkedHashMap<>(paper));
        List<Map<String, Object>> copied = new ArrayList<>();
        for (Map<String, Object> reference : references) {
            copied.add(Collections.unmodifiableMap(new LinkedHashMap<>(reference)));
        }
        references = Collections.unmodifiableList(copied);
    }

    /** A row without references that derives its trial seeds from its own name. */
    public RowSpec(
            String experiment,
            String table,
            String row,
            String variant,
            int trials,
            long budget,
            long seed,
            PluginSpec task,
            PluginSpec learner,
            PluginSpec stop,
            EvaluationSpec evaluation,
            Map<String, Object> paper,
            String configHash) {
        this(
                experiment,
                table,
                row,
                variant,
                trials,
                budget,
                seed,
                task,
                learner,
                stop,
                evaluation,
                paper,
                configHash,
                List.of(),
                null);
    }

    /** The row name its trial seeds derive from: {@link #seedRow} when set, else its own. */
    public String seedName() {
        return seedRow != null ? seedRow : row;
    }

    /** The same row with {@code trials} trials of at most {@code budget} sequences (for tests and benchmarks). */
    public RowSpec withTrialsAndBudget(int trials, long budget) {
        return new RowSpec(
                experiment,
                table,
                row,
                variant,
                trials,
                budget,
                seed,
                task,
                learner,
                stop,
                evaluation,
                paper,
                configHash,
                references,
                seedRow);
    }
}
