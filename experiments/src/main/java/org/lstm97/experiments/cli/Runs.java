package org.lstm97.experiments.cli;

import java.io.PrintWriter;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.run.Engine;
import org.lstm97.core.run.ExperimentRunner;
import org.lstm97.core.run.LocalExecutor;
import org.lstm97.core.run.TrialExecutor;
import org.lstm97.core.run.TrialExecutorProvider;
import org.lstm97.core.run.TrialResult;
import org.lstm97.core.run.TrialRunner;

/** Runs loaded experiments with a progress bar (on a terminal) and prints a summary. */
final class Runs {
    private Runs() {
    }

    static ExperimentRunner.Summary run(List<ExperimentSpec> specs, RunOptions options, PrintWriter out,
                                        PrintWriter err) {
        if (options.threads() < 1) {
            throw new ConfigException("--threads must be >= 1, got " + options.threads());
        }
        boolean bar = !options.quiet && System.console() != null;
        ProgressListener listener = new ProgressListener(bar, err);
        try (TrialExecutor executor = executor(options, err)) {
            ExperimentRunner.Summary summary = new ExperimentRunner(executor, options.results(), listener)
                    .run(specs, options.planOnly, options::selects, options.rerunChanged);
            listener.close();
            out.printf("ran %d trials (%d solved, %d diverged, %d failed); %d already stored; results in %s%n",
                    summary.ran(), summary.solved(), summary.diverged(), summary.failed(), summary.skipped(),
                    options.results());
            return summary;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            listener.close();
        }
    }

    /** The executor of {@code --executor}: local, or one found on the class path (lstm-spark's "spark"). */
    static TrialExecutor executor(RunOptions options, PrintWriter err) {
        if ("local".equals(options.executor)) {
            if (options.master != null) {
                throw new ConfigException("--master needs --executor spark");
            }
            return new LocalExecutor(options.threads(), () -> new TrialRunner(Wiring.registry()), engine(options, err),
                    note -> notes(options, err, note));
        }
        TrialExecutorProvider provider = TrialExecutorProvider.find(options.executor).orElseThrow(() ->
                new ConfigException("spark".equals(options.executor)
                        ? "the Spark executor is not on the class path; build lstm-spark (mvn -B -Pshade -pl "
                        + "lstm-spark -am package -DskipTests) and run its shaded jar: java -jar "
                        + "lstm-spark/target/lstm97-spark.jar run ..."
                        : "--executor: unknown executor '" + options.executor + "'; known: local, spark"));
        return provider.create(new TrialExecutorProvider.Settings(options.threads(), options.master,
                engine(options, err), note -> notes(options, err, note)));
    }

    /** The engine asked for; lanes without the Vector API in this JVM say so in one line (and run scalar). */
    private static Engine engine(RunOptions options, PrintWriter err) {
        Engine engine = options.engine();
        if (engine == Engine.LANES && !Engine.lanesAvailable()) {
            err.println("lstm97: " + Engine.NO_VECTOR_API);
            err.flush();
        }
        return engine;
    }

    /** Which rows run in lanes, told once before the trials run (not with --quiet). */
    private static void notes(RunOptions options, PrintWriter err, String note) {
        if (!options.quiet) {
            err.println("engine: " + note);
            err.flush();
        }
    }

    /** A progress bar with ETA over trials; silent when not on a terminal. */
    private static final class ProgressListener implements ExperimentRunner.Listener {
        private final boolean enabled;
        private final PrintWriter err;
        private ProgressBar bar;

        ProgressListener(boolean enabled, PrintWriter err) {
            this.enabled = enabled;
            this.err = err;
        }

        @Override
        public void started(int toRun, int alreadyStored) {
            if (alreadyStored > 0) {
                err.println(alreadyStored + " trials already stored; running the other " + toRun);
            }
            if (enabled && toRun > 0) {
                bar = new ProgressBarBuilder().setTaskName("trials").setInitialMax(toRun)
                        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build();
            }
        }

        @Override
        public void finished(TrialResult result) {
            if (bar != null) {
                bar.step();
                bar.setExtraMessage(result.row() + " " + result.status());
            }
        }

        @Override
        public void warn(String message) {
            err.println("warning: " + message);
        }

        void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
