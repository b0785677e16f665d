package org.lstm97.reports.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lstm97.core.config.SettingChange;

/**
 * One row of a resolved experiment: what was planned and what the paper reports for it.
 *
 * @param row        the row name, as in the result lines
 * @param variant    the variant the row belongs to (e.g. "lstm", "rtrl")
 * @param trials     trials planned for the row
 * @param budget     the budget of each trial (max sequences)
 * @param configHash SHA-256 of the row's resolved configuration
 * @param task       the task's resolved parameters (type and values)
 * @param learner    the learner's resolved parameters
 * @param stop       the stop rule's resolved parameters
 * @param evaluation the evaluation settings
 * @param paper      the paper's reference values
 * @param references measurements of the same row made elsewhere (independent re-runs), in file order
 * @param changes    the task and learner settings that differ from the file as written (a profile such as
 *                   quick, or a {@code --set}, changed them), from {@code changedFromPaper}
 */
public record PlannedRow(
        String row,
        String variant,
        int trials,
        long budget,
        String configHash,
        Map<String, Object> task,
        Map<String, Object> learner,
        Map<String, Object> stop,
        Map<String, Object> evaluation,
        PaperValues paper,
        List<Reference> references,
        List<SettingChange> changes) {

    /** A row without references or changed settings. */
    public PlannedRow(
            String row,
            String variant,
            int trials,
            long budget,
            String configHash,
            Map<String, Object> task,
            Map<String, Object> learner,
            Map<String, Object> stop,
            Map<String, Object> evaluation,
            PaperValues paper) {
        this(row, variant, trials, budget, configHash, task, learner, stop, evaluation, paper, List.of(), List.of());
    }

    public PlannedRow {
        references = references == null ? List.of() : List.copyOf(references);
        changes = changes == null ? List.of() : List.copyOf(changes);
        task = task == null ? Map.of() : Map.copyOf(task);
        learner = learner == null ? Map.of() : Map.copyOf(learner);
        stop = stop == null ? Map.of() : Map.copyOf(stop);
        evaluation = evaluation == null ? Map.of() : Map.copyOf(evaluation);
        paper = paper == null ? PaperValues.NONE : paper;
    }

    /** A row found in the result lines but missing from {@code experiment.json}. */
    public static PlannedRow unplanned(String row) {
        return new PlannedRow(row, null, 0, 0L, null, null, null, null, null, null);
    }

    /** Whether the row trains an LSTM (its learner type or variant starts with "lstm"). */
    public boolean isLstm() {
        Object type = learner.get("type");
        String name = type != null ? type.toString() : variant;
        return name != null && name.toLowerCase(Locale.ROOT).startsWith("lstm");
    }

    /** The first of {@code keys} that the task's parameters hold as a number, or null. */
    public Double taskNumber(String... keys) {
        for (String key : keys) {
            Object value = task.get(key);
            if (value instanceof Number number) {
                return number.doubleValue();
            }
            if (value instanceof String text) {
                try {
                    return Double.parseDouble(text.trim());
                } catch (NumberFormatException e) {
                    // not a number: try the next key
                }
            }
        }
        return null;
    }
}
