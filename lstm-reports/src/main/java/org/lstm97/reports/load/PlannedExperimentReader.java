package org.lstm97.reports.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lstm97.core.config.SettingChange;
import org.lstm97.core.run.ExperimentFile;
import org.lstm97.core.run.ResultsException;

/**
 * Reads {@code experiment.json} through core's {@link ExperimentFile}, the record the runner writes (fields it
 * does not know are ignored, a wrong format version is refused), and turns it into the reports' view: the
 * paper's values typed, references checked.
 */
public final class PlannedExperimentReader {

    /** Reads and checks one {@code experiment.json}. */
    public PlannedExperiment read(Path file) {
        ExperimentFile stored = ExperimentFile.read(file);
        String experiment = stored.experiment();
        if (experiment == null) {
            experiment = file.getParent() == null
                    ? "experiment"
                    : file.getParent().getFileName().toString();
        }
        List<PlannedRow> rows = new ArrayList<>();
        for (ExperimentFile.Row row : stored.rows()) {
            rows.add(row(file, row));
        }
        return new PlannedExperiment(
                stored.format(),
                experiment,
                stored.table(),
                stored.title(),
                stored.profile(),
                stored.seed(),
                stored.source(),
                stored.commit(),
                stored.machine(),
                stored.createdAt(),
                rows,
                stored.overrides());
    }

    private static PlannedRow row(Path file, ExperimentFile.Row row) {
        Map<String, Object> evaluation = new LinkedHashMap<>();
        evaluation.put("testSize", row.evaluation().testSize());
        evaluation.put("metrics", row.evaluation().metrics());
        return new PlannedRow(
                row.row(),
                row.variant(),
                row.trials(),
                row.budget(),
                row.configHash(),
                withoutNulls(row.task()),
                withoutNulls(row.learner()),
                withoutNulls(row.stop()),
                evaluation,
                paper(row.paper()),
                references(file, row.references()),
                changes(row.changedFromPaper()));
    }

    private static List<SettingChange> changes(Map<String, ExperimentFile.Change> changed) {
        List<SettingChange> changes = new ArrayList<>();
        changed.forEach((setting, c) -> changes.add(new SettingChange(setting, c.paper(), c.run())));
        return changes;
    }

    private static List<Reference> references(Path file, List<Map<String, Object>> list) {
        List<Reference> out = new ArrayList<>();
        for (Map<String, Object> r : list) {
            if (text(r, "label") == null
                    || !(r.get("trials") instanceof Integer trials)
                    || !(r.get("solved") instanceof Integer solved)) {
                throw new ResultsException(file + ": a reference needs label, trials and solved");
            }
            out.add(new Reference(
                    text(r, "label"), text(r, "source"), trials, solved, number(r, "mean"), text(r, "note")));
        }
        return out;
    }

    private static PaperValues paper(Map<String, Object> p) {
        if (p.isEmpty()) {
            return PaperValues.NONE;
        }
        return new PaperValues(
                text(p, "label"),
                number(p, "successPercent"),
                number(p, "successAfter"),
                text(p, "successAfterText"),
                number(p, "st1"),
                number(p, "st2"),
                number(p, "wrong"),
                number(p, "mse"),
                number(p, "misclassified"),
                number(p, "cleanDiff"),
                number(p, "weights"),
                text(p, "quoted"));
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> values = new LinkedHashMap<>(map);
        values.values().removeIf(Objects::isNull);
        return values;
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    /** A number, or a number written as text ("31,390"); null when absent or not a number. */
    private static Double number(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(value.toString().replace(",", "").trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
