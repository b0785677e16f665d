package org.lstm97.experiments.cli;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.ExperimentLoader;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.config.RowSpec;
import org.lstm97.core.run.Engine;
import picocli.CommandLine.Option;

/** Options shared by {@code run} and {@code reproduce}. */
final class RunOptions {
    @Option(
            names = "--profile",
            defaultValue = ExperimentLoader.PAPER,
            description = "Profile to apply: paper (the "
                    + "file as written: for the paper's files, the paper's trial counts and budgets) or one the file "
                    + "defines, such as quick (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--threads", description = "Trials run in parallel (default: available cores).")
    Integer threads;

    @Option(
            names = "--results",
            paramLabel = "DIR",
            description = "Results folder: each experiment is stored in "
                    + "DIR/<experiment> (default for run: results/<experiment>, or results/<experiment>@<profile> for a "
                    + "profile other than paper; for reproduce: results/<profile>).")
    Path results;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Option(
            names = "--plan-only",
            description = "Write each experiment's resolved plan (experiment.json) into the "
                    + "results folder and run no trial: reports then list its rows as not run.")
    boolean planOnly;

    @Option(
            names = "--rows",
            split = ",",
            paramLabel = "GLOB",
            description = "Run only the rows whose name matches one of these globs (e.g. 'lstm*'); the others "
                    + "keep what is stored. Each glob must match a row.")
    List<String> rows;

    @Option(
            names = "--executor",
            defaultValue = "local",
            description = "Where trials run: local (threads in "
                    + "this JVM) or spark (needs the lstm-spark jar) (default: ${DEFAULT-VALUE}).")
    String executor;

    @Option(
            names = "--rerun-changed",
            description = "Run again the stored trials whose row's configuration "
                    + "changed (their lines are kept, marked superseded); without it such a run is refused, naming what "
                    + "changed.")
    boolean rerunChanged;

    @Option(
            names = "--engine",
            defaultValue = "lanes",
            description = "How trials train: lanes (the trials of an "
                    + "lstm1997 row side by side in SIMD lanes where possible, the others alone) or scalar (every trial alone); "
                    + "the results are the same bits (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(
            names = "--master",
            description = "Spark master URL for --executor spark (default: spark-submit's "
                    + "master, else local[--threads]).")
    String master;

    /** Whether a row is selected by {@code --rows}. */
    boolean selects(RowSpec row) {
        if (rows == null) {
            return true;
        }
        for (String glob : rows) {
            if (matches(glob, row)) {
                return true;
            }
        }
        return false;
    }

    /** The engine of {@code --engine}. */
    Engine engine() {
        Engine e = Engine.named(engine);
        if (e == null) {
            throw new ConfigException("--engine: unknown engine '" + engine + "'; known: lanes, scalar");
        }
        return e;
    }

    static boolean matches(String glob, RowSpec row) {
        return FileSystems.getDefault()
                .getPathMatcher("glob:" + glob)
                .matches(Path.of(row.row().replace('/', '_')));
    }

    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * Where {@code run} stores an experiment: {@code --results DIR/<experiment>}, else a folder of its own,
     * {@code results/<experiment>} for the file as written and {@code results/<experiment>@<profile>} for
     * another profile, so a user's results never mix with the paper's or with another profile's.
     */
    Path runFolder(ExperimentSpec e) {
        if (results != null) {
            return results.resolve(e.name());
        }
        return Path.of("results", ExperimentLoader.PAPER.equals(e.profile()) ? e.name() : e.name() + "@" + e.profile());
    }

    /** Where {@code reproduce} stores the paper's experiments: {@code --results DIR}, else results/<profile>. */
    Path reproduceRoot() {
        return results != null ? results : Path.of("results", profile);
    }
}
