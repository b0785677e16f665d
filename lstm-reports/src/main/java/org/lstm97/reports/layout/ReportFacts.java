package org.lstm97.reports.layout;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.lstm97.reports.load.PlannedExperiment;
import org.lstm97.reports.load.PlannedRow;

/**
 * What every report states about the run, taken from {@code experiment.json} only (never from the clock or
 * the machine that renders the report).
 */
public record ReportFacts(String profile, String commit, String date, String machine, String trialsPerRow) {

    public static ReportFacts of(List<PlannedExperiment> experiments) {
        return new ReportFacts(
                join(experiments, e -> e.profile() == null ? "unknown" : e.profile()),
                join(experiments, PlannedExperiment::commitOrUnknown),
                join(experiments, PlannedExperiment::date),
                join(experiments, e -> e.machine().describe()),
                trials(experiments));
    }

    private static String join(List<PlannedExperiment> experiments, Function<PlannedExperiment, String> value) {
        TreeSet<String> values = new TreeSet<>();
        experiments.forEach(e -> values.add(value.apply(e)));
        return values.isEmpty() ? "unknown" : String.join("; ", values);
    }

    private static String trials(List<PlannedExperiment> experiments) {
        TreeSet<Integer> values = new TreeSet<>();
        for (PlannedExperiment e : experiments) {
            for (PlannedRow row : e.rows()) {
                values.add(row.trials());
            }
        }
        if (values.isEmpty()) {
            return "unknown";
        }
        return values.size() == 1 ? values.first().toString() : values.first() + "–" + values.last();
    }

    /** The facts as "key: value" lines, in a fixed order. */
    public List<String[]> entries() {
        return List.of(
                new String[] {"profile", profile},
                new String[] {"commit", commit},
                new String[] {"date", date},
                new String[] {"trials per row", trialsPerRow},
                new String[] {"machine", machine});
    }
}
