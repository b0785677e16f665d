package org.lstm97.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.config.RowSpec;
import org.lstm97.core.run.Engine;
import org.lstm97.core.run.ExperimentRunner;
import org.lstm97.core.run.LocalExecutor;
import org.lstm97.core.run.TrialExecutor;
import org.lstm97.core.run.TrialExecutorProvider;
import org.lstm97.core.run.TrialRunner;

/**
 * Runs loaded experiments with progress on stderr and prints a summary. Ctrl-C or SIGTERM stop the run
 * cleanly: every stored line whole, every lock file removed, and one line saying how to resume; the JVM then
 * exits with 128 + the signal (130, 143).
 */
final class Runs {
    /** What a stopped run prints ({@code %d}: the trials stored in the run's folders). */
    static final String STOPPED = "stopped: %d trials stored, run again to resume";

    private static final int MAX_LISTED = 20;

    private Runs() {}

    static ExperimentRunner.Summary run(
            List<ExperimentSpec> specs,
            RunOptions options,
            Function<ExperimentSpec, Path> folders,
            PrintWriter out,
            PrintWriter err) {
        if (options.threads() < 1) {
            throw new ConfigException("--threads must be >= 1, got " + options.threads());
        }
        checkRows(specs, options);
        Progress progress = Progress.on(err, options.quiet);
        try (TrialExecutor executor = executor(options, err)) {
            ExperimentRunner runner = new ExperimentRunner(executor, folders, progress);
            Thread onSignal = new Thread(
                    () -> {
                        int stored = runner.stop();
                        progress.close();
                        err.println(Lstm97.PREFIX + String.format(STOPPED, stored));
                        err.flush();
                    },
                    "lstm97-stop");
            Runtime.getRuntime().addShutdownHook(onSignal);
            ExperimentRunner.Summary summary;
            try {
                summary = runner.run(specs, options.planOnly, options::selects, options.rerunChanged);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(onSignal);
                } catch (IllegalStateException e) {
                    // the JVM is stopping (a signal): the hook runs
                }
            }
            progress.close();
            List<String> where =
                    specs.stream().map(folders).map(Path::toString).distinct().toList();
            out.printf(
                    "ran %d trials (%d solved, %d diverged, %d failed); %d already stored; results in %s%n",
                    summary.ran(),
                    summary.solved(),
                    summary.diverged(),
                    summary.failed(),
                    summary.skipped(),
                    String.join(", ", where));
            return summary;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            progress.close();
        }
    }

    /** Every {@code --rows} glob must match a row: a typo must not run nothing and exit 0. */
    private static void checkRows(List<ExperimentSpec> specs, RunOptions options) {
        if (options.rows == null) {
            return;
        }
        List<RowSpec> rows = specs.stream().flatMap(e -> e.rows().stream()).toList();
        for (String glob : options.rows) {
            if (rows.stream().noneMatch(r -> RunOptions.matches(glob, r))) {
                List<String> names = new ArrayList<>(
                        rows.stream().map(RowSpec::row).distinct().toList());
                String listed = String.join(", ", names.subList(0, Math.min(MAX_LISTED, names.size())))
                        + (names.size() > MAX_LISTED ? ", ..." : "");
                throw new ConfigException("--rows: no row matches '" + glob + "'; rows: " + listed);
            }
        }
    }

    /** The executor of {@code --executor}: local, or one found on the class path (lstm-spark's "spark"). */
    static TrialExecutor executor(RunOptions options, PrintWriter err) {
        if ("local".equals(options.executor)) {
            if (options.master != null) {
                throw new ConfigException("--master needs --executor spark");
            }
            return new LocalExecutor(
                    options.threads(),
                    () -> new TrialRunner(Wiring.registry()),
                    engine(options, err),
                    note -> notes(options, err, note));
        }
        TrialExecutorProvider provider = TrialExecutorProvider.find(options.executor)
                .orElseThrow(() -> new ConfigException(
                        "spark".equals(options.executor)
                                ? "the Spark executor is not on the class path; build lstm-spark (mvn -B -Pshade -pl "
                                        + "lstm-spark -am package -DskipTests) and run its shaded jar: java -jar "
                                        + "lstm-spark/target/lstm97-spark.jar run ..."
                                : "--executor: unknown executor '" + options.executor + "'; known: local, spark"));
        return provider.create(new TrialExecutorProvider.Settings(
                options.threads(), options.master, engine(options, err), note -> notes(options, err, note)));
    }

    /** The engine asked for; lanes without the Vector API in this JVM say so in one line (and run scalar). */
    private static Engine engine(RunOptions options, PrintWriter err) {
        Engine engine = options.engine();
        if (engine == Engine.LANES && !Engine.lanesAvailable()) {
            err.println(Lstm97.PREFIX + Engine.NO_VECTOR_API);
            err.flush();
        }
        return engine;
    }

    /** Which rows run in lanes, told once before the trials run (not with --quiet). */
    private static void notes(RunOptions options, PrintWriter err, String note) {
        if (!options.quiet) {
            err.println(Lstm97.PREFIX + "engine: " + note);
            err.flush();
        }
    }
}
