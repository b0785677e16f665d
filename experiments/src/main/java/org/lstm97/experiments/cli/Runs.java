package org.lstm97.experiments.cli;

import java.io.PrintWriter;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.run.ExperimentRunner;
import org.lstm97.core.run.LocalExecutor;
import org.lstm97.core.run.TrialExecutor;
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
        try (TrialExecutor executor = new LocalExecutor(options.threads(), () -> new TrialRunner(Wiring.registry()))) {
            ExperimentRunner.Summary summary = new ExperimentRunner(executor, options.results(), listener).run(specs, options.planOnly,
                    options::selects);
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
