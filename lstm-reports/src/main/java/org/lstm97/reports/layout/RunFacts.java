package org.lstm97.reports.layout;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.lstm97.reports.load.ExperimentSpec;
import org.lstm97.reports.load.RowSpec;

/**
 * What every report states about the run, taken from {@code experiment.json} only (never from the clock or
 * the machine that renders the report).
 */
public record RunFacts(String profile, String commit, String date, String machine, String trialsPerRow) {

    public static RunFacts of(List<ExperimentSpec> experiments) {
        return new RunFacts(
                join(experiments, e -> e.profile() == null ? "unknown" : e.profile()),
                join(experiments, ExperimentSpec::commitOrUnknown),
                join(experiments, ExperimentSpec::date),
                join(experiments, e -> e.machine().describe()),
                trials(experiments));
    }

    private static String join(List<ExperimentSpec> experiments, Function<ExperimentSpec, String> value) {
        TreeSet<String> values = new TreeSet<>();
        experiments.forEach(e -> values.add(value.apply(e)));
        return values.isEmpty() ? "unknown" : String.join("; ", values);
    }

    private static String trials(List<ExperimentSpec> experiments) {
        TreeSet<Integer> values = new TreeSet<>();
        for (ExperimentSpec e : experiments) {
            for (RowSpec row : e.rows()) {
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
        return List.of(new String[] {"profile", profile}, new String[] {"commit", commit},
                new String[] {"date", date}, new String[] {"trials per row", trialsPerRow},
                new String[] {"machine", machine});
    }
}
