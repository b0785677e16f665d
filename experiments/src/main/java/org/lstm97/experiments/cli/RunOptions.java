package org.lstm97.experiments.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by {@code run} and {@code reproduce}. */
final class RunOptions {
    @Option(names = "--profile", defaultValue = "paper", description = "Profile to apply: paper or quick "
            + "(default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--threads", description = "Trials run in parallel (default: available cores).")
    Integer threads;

    @Option(names = "--results", description = "Results folder (default: results/<profile>).")
    Path results;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--executor", defaultValue = "local", description = "Where trials run: local (threads in "
            + "this JVM) or spark (needs the lstm-spark jar) (default: ${DEFAULT-VALUE}).")
    String executor;

    @Option(names = "--master", description = "Spark master URL for --executor spark (default: spark-submit's "
            + "master, else local[--threads]).")
    String master;

    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    Path results() {
        return results != null ? results : Path.of("results", profile);
    }
}
