package org.lstm97.reports.load;

import java.util.List;
import java.util.Optional;
import org.lstm97.core.run.ExperimentFile;

/**
 * A resolved experiment, read from {@code <experiment>/experiment.json}.
 *
 * @param format     the file's format version ({@link #FORMAT})
 * @param experiment the experiment name (its folder name)
 * @param table      the paper table it reproduces, e.g. "7" or "2b"; null for an experiment of one's own
 * @param title      a human title, e.g. "Adding problem (Exp. 4)"
 * @param profile    the profile that ran it ("paper", "quick", ...)
 * @param seed       the base seed
 * @param source     the experiment file it was resolved from
 * @param commit     the git commit of the code, or null
 * @param machine    the machine it ran on
 * @param createdAt  when the experiment was resolved (ISO-8601), the date every report states
 * @param rows       the rows in the paper's order
 * @param overrides  the {@code --set} overrides the run was given, as given
 */
public record PlannedExperiment(
        int format,
        String experiment,
        String table,
        String title,
        String profile,
        long seed,
        String source,
        String commit,
        ExperimentFile.Machine machine,
        String createdAt,
        List<PlannedRow> rows,
        List<String> overrides) {

    /** The experiment.json format this build reads. */
    public static final int FORMAT = ExperimentFile.FORMAT;

    public PlannedExperiment {
        rows = List.copyOf(rows);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        machine = machine == null ? ExperimentFile.Machine.UNKNOWN : machine;
    }

    /** The profile that marks a smoke test: its reports carry no verdicts. */
    public static final String SMOKE_TEST_PROFILE = "quick";

    /** Whether the experiment ran the smoke-test profile ({@value #SMOKE_TEST_PROFILE}). */
    public boolean smokeTest() {
        return SMOKE_TEST_PROFILE.equals(profile);
    }

    public Optional<PlannedRow> row(String name) {
        return rows.stream().filter(r -> r.row().equals(name)).findFirst();
    }

    /** The date part of {@link #createdAt}, or "unknown". */
    public String date() {
        if (createdAt == null || createdAt.isBlank()) {
            return "unknown";
        }
        int t = createdAt.indexOf('T');
        return t > 0 ? createdAt.substring(0, t) : createdAt;
    }

    /** The commit, or "unknown". */
    public String commitOrUnknown() {
        return commit == null || commit.isBlank() ? "unknown" : commit;
    }
}
